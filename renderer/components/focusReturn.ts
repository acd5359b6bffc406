/**
 * Remembers the element that has focus now and hands back a function that returns focus to it.
 * If the opener has left the page (a virtualized row scrolled away, a menu that closed), the
 * first fallback that is still on the page takes focus instead, so focus never drops to the body.
 */
export function rememberFocus(doc: Document = document): (...fallbacks: Array<() => HTMLElement | null | undefined>) => HTMLElement | null {
  const opener = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
  return (...fallbacks) => focusFirstOf(doc, () => opener, ...fallbacks);
}

/** Focuses the first candidate that is still on the page and can take focus; null when none could. */
export function focusFirstOf(doc: Document, ...candidates: Array<() => HTMLElement | null | undefined>): HTMLElement | null {
  for (const candidate of candidates) {
    const element = candidate();
    if (element && element.isConnected) {
      element.focus();
      if (doc.activeElement === element) return element;
    }
  }
  return null;
}

/** Moves focus to an element that is not in the tab order (a heading), making it focusable by script first. */
export function focusTarget(element: HTMLElement | null | undefined): boolean {
  if (!element) return false;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
  return element.ownerDocument.activeElement === element;
}

/** The view's own heading (the main column's h1), where focus goes after a view change or when its target is gone. */
export function mainHeading(doc: Document = document): HTMLElement | null {
  return doc.querySelector<HTMLElement>('main h1');
}
