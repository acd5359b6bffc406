import { useEffect } from 'react';
import { useMediaQuery } from '../shell/useMediaQuery';
import { accentPalette } from './accentPalette';

/**
 * Paints the organization's accent colour (from IT's policy) into the theme: sets the accent variables
 * on the document's root for the current light or dark scheme, and takes them away when there is none.
 * Set through the CSSOM, which the renderer's `style-src 'self'` allows (a `<style>` element it would not).
 */
export function useAccentColor(color: string | null): void {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  useEffect(() => {
    if (!color) return undefined;
    const root = document.documentElement.style;
    const palette = accentPalette(color, dark ? 'dark' : 'light');
    for (const [name, value] of Object.entries(palette)) root.setProperty(name, value);
    return () => {
      for (const name of Object.keys(palette)) root.removeProperty(name);
    };
  }, [color, dark]);
}
