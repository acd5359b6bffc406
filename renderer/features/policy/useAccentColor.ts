import { useEffect } from 'react';
import { useMediaQuery } from '../shell/useMediaQuery';

/**
 * Paints the organization's accent colour (from IT's policy) into the theme: sets the accent variables
 * on the document's root for the current light or dark scheme, and takes them away when there is none.
 * Set through the CSSOM, which the renderer's `style-src 'self'` allows (a `<style>` element it would not).
 * The colour maths loads only when IT names a colour, so it costs the first screen nothing otherwise.
 */
export function useAccentColor(color: string | null): void {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  useEffect(() => {
    if (!color) return undefined;
    const root = document.documentElement.style;
    let names: string[] = [];
    let cancelled = false;
    void import('./accentPalette').then(({ accentPalette }) => {
      if (cancelled) return;
      const palette = accentPalette(color, dark ? 'dark' : 'light');
      names = Object.keys(palette);
      for (const [name, value] of Object.entries(palette)) root.setProperty(name, value);
    });
    return () => {
      cancelled = true;
      for (const name of names) root.removeProperty(name);
    };
  }, [color, dark]);
}
