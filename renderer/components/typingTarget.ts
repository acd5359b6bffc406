/** True when a key goes to a text field (or editable text), where single-letter shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** True while a modal dialog or a menu holds the keyboard: window-wide shortcuts stay out of its way. */
export const modalOpen = (doc: Document = document): boolean => doc.querySelector('[role="dialog"][aria-modal="true"], [role="menu"]') !== null;
