import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * Where arrow keys, Home and End move among `count` items in a row (wrapping round at the ends),
 * as WAI-ARIA's toolbar and tabs patterns have it; undefined for any other key.
 */
export function rovingStep(index: number, count: number, key: string): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The toolbar's controls that can take focus: its own buttons, not those of a menu it opened. */
const itemsOf = (toolbar: HTMLElement | null): HTMLElement[] => [...(toolbar?.querySelectorAll<HTMLElement>(':scope > button:not(:disabled)') ?? [])];

/** Leaves one item in the Tab order, the one at `active` (or the last, when fewer are left). */
function settle(items: HTMLElement[], active: number): void {
  const current = Math.min(active, items.length - 1);
  items.forEach((item, index) => {
    item.tabIndex = index === current ? 0 : -1;
  });
}

/**
 * A roving tabindex for a row of buttons (`role="toolbar"`): the row is one Tab stop, arrow keys
 * move along it, Home and End go to its ends, and Tab comes back to the button last used.
 * Spread the result on the toolbar element.
 */
export function useRovingToolbar<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const active = useRef(0);

  // After every render: a button may have come or gone (a disabled boost, the menu's real button replacing its stand-in).
  useLayoutEffect(() => settle(itemsOf(ref.current), active.current));

  const onFocus = useCallback((event: FocusEvent<T>) => {
    const items = itemsOf(ref.current);
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    active.current = index;
    settle(items, index);
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<T>) => {
    const items = itemsOf(ref.current);
    const index = items.indexOf(event.target as HTMLElement);
    const to = index < 0 ? undefined : rovingStep(index, items.length, event.key);
    if (to === undefined) return;
    event.preventDefault();
    items[to]?.focus();
  }, []);

  return { ref, onFocus, onKeyDown };
}
