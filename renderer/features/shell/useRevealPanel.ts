import { useLayoutEffect, useRef } from 'react';

/**
 * Scrolls the side panel into view whenever it opens or shows something else. Beside pinned
 * columns the row of columns is wider than the window, and a panel that opened off-screen
 * looked as if the click had done nothing. Motion is skipped when the person asked for less.
 * Returns the ref for the panel's element.
 */
export function useRevealPanel<T extends HTMLElement>(showing: string | null) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (showing === null) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // jsdom has no scrollIntoView; in a browser it is always there.
    ref.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [showing]);
  return ref;
}
