import { useEffect } from 'react';

/**
 * Stands in for `react-style-singleton` (aliased in vite.config.ts). Radix's dialogs and menus lock the
 * page's scrolling through react-remove-scroll, which adds a `<style>` element; the app's
 * Content-Security-Policy (`style-src 'self'`) refuses inline `<style>`, so the lock did not work and
 * every dialog logged a violation. The same rules go into a constructed stylesheet adopted by the
 * document instead: CSSOM, which that policy does not govern. Same API and counting as the original.
 */
export function stylesheetSingleton(): { add(style: string): void; remove(): void } {
  let counter = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(style) {
      // jsdom (unit tests) has no constructed stylesheets: there is no layout to lock there.
      if (counter === 0 && typeof document !== 'undefined' && 'adoptedStyleSheets' in document && typeof CSSStyleSheet === 'function') {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(style);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      counter += 1;
    },
    remove() {
      counter -= 1;
      if (counter === 0 && sheet) {
        const added = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== added);
        sheet = null;
      }
    },
  };
}

/** A hook that adds `styles` while any component using it is mounted (again on change when `isDynamic`). */
export function styleHookSingleton(): (styles: string, isDynamic?: boolean) => void {
  const sheet = stylesheetSingleton();
  return (styles, isDynamic) => {
    useEffect(() => {
      sheet.add(styles);
      return () => sheet.remove();
      // As the original: the rules are read once, unless the caller says they change.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [isDynamic ? styles : false]);
  };
}

/** A component that adds its `styles` while mounted. */
export function styleSingleton(): (props: { styles: string; dynamic?: boolean }) => null {
  const useStyle = styleHookSingleton();
  return function Sheet({ styles, dynamic }) {
    useStyle(styles, dynamic);
    return null;
  };
}
