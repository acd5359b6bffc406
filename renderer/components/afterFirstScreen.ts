import { useEffect, useSyncExternalStore } from 'react';

let drawn = false;
let scheduled = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * False until the frame after the first render that asks has been drawn, then true for good. Parts of the first
 * screen that can wait (the live line, announcements) render only then: their code, strings and requests do not
 * hold up the first posts, which are drawn in that frame.
 */
export function useAfterFirstScreen(): boolean {
  const after = useSyncExternalStore(subscribe, () => drawn);
  useEffect(() => {
    if (drawn || scheduled) return;
    scheduled = true;
    // An animation frame callback runs just before the frame is drawn; a task queued from it runs after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        drawn = true;
        for (const listener of listeners) listener();
      }),
    );
  }, []);
  return after;
}
