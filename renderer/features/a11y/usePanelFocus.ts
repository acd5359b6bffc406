import { useEffect, useRef, type RefObject } from 'react';
import { focusTarget, rememberFocus } from '../../components/focusReturn';

/** Options of usePanelFocus. */
export interface PanelFocusOptions {
  /** What the panel shows; when it changes, focus moves into the panel again (the opener stays the first one). */
  contentKey: string;
  /** Closes the panel; Escape inside the panel calls it. */
  onClose(): void;
  /** Where focus goes on close when the opener has left the page (a virtualized post scrolled away). */
  fallback?: () => HTMLElement | null | undefined;
}

/**
 * Focus for a non-modal panel (the side panel): on open, focus moves to `target` (its heading)
 * inside `panel`; Escape within the panel closes it; on close, focus returns to what opened it.
 * Dialogs get the same from Radix; this is the same promise for panels that are not modal.
 */
export function usePanelFocus(panel: RefObject<HTMLElement | null>, target: RefObject<HTMLElement | null>, { contentKey, onClose, fallback }: PanelFocusOptions): void {
  const restore = useRef<ReturnType<typeof rememberFocus> | null>(null);
  const latest = useRef({ onClose, fallback });
  useEffect(() => {
    latest.current = { onClose, fallback };
  });

  // Remember the opener once per opening, give focus back when the panel goes away.
  useEffect(() => {
    restore.current = rememberFocus();
    return () => {
      const back = restore.current;
      restore.current = null;
      // After React has removed the panel, so the fallback lookup sees the page as it now is.
      queueMicrotask(() => back?.(() => latest.current.fallback?.()));
    };
  }, []);

  useEffect(() => {
    focusTarget(target.current);
  }, [contentKey, target]);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      // A dialog or menu opened from inside the panel handles its own Escape first.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      latest.current.onClose();
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [panel]);
}
