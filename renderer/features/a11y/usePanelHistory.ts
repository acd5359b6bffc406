import { useEffect, useRef } from 'react';
import { focusFirstOf } from '../../components/focusReturn';
import { isTypingTarget, modalOpen } from '../../components/typingTarget';
import { useAtrium } from '../../store/store';
import type { SidePanel } from '../shell/layoutSlice';

/** A side panel that another replaced, and the post that had focus in it then. */
interface Visited {
  panel: NonNullable<SidePanel>;
  statusId: string | null;
}

const panelSelector = '[data-region="panel"]';

/** The post (or row) that has focus inside the side panel, if any. */
function focusedPostInPanel(): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !active.closest(panelSelector)) return null;
  return active.closest<HTMLElement>('[data-status-id]')?.dataset['statusId'] ?? null;
}

/**
 * Backspace in the side panel, as "back" in a browser: it shows the panel the current one replaced
 * (the thread a profile was opened from), with focus on the post it was on, or closes the panel
 * when nothing came before (focus then returns to what opened it). Mount with the open panel: its
 * history lives as long as the panel stays open.
 */
export function usePanelHistory(): void {
  const visited = useRef<Visited[]>([]);
  const goingBack = useRef(false);

  useEffect(
    () =>
      useAtrium.subscribe((state, previous) => {
        if (state.sidePanel === previous.sidePanel) return;
        if (state.sidePanel === null) visited.current = [];
        else if (previous.sidePanel !== null && !goingBack.current) visited.current.push({ panel: previous.sidePanel, statusId: focusedPostInPanel() });
      }),
    [],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Backspace' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || modalOpen()) return;
      // From the columns and the panel (or nowhere), not from the rail or the composer beside them.
      if (event.target !== document.body && !(event.target instanceof Element && event.target.closest('main'))) return;
      event.preventDefault();
      back();
    };
    const back = () => {
      const { openPanel } = useAtrium.getState();
      const previous = visited.current.pop();
      if (!previous) return openPanel(null);
      goingBack.current = true;
      openPanel(previous.panel);
      goingBack.current = false;
      // After the panel has drawn (and put focus on its heading): back onto the post the person left from.
      const { statusId } = previous;
      if (statusId) requestAnimationFrame(() => focusFirstOf(document, () => document.querySelector<HTMLElement>(`${panelSelector} [data-status-id="${CSS.escape(statusId)}"]`)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
