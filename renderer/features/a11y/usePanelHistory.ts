import { useCallback, useEffect, useRef } from 'react';
import { focusFirstOf } from '../../components/focusReturn';
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
 * The side panel's history, for Backspace: `back()` shows the panel that the current one replaced
 * (the thread a profile was opened from), with focus on the post it was on, or closes the panel
 * when nothing came before (focus then returns to what opened it). Returns false with no panel open.
 */
export function usePanelHistory(): () => boolean {
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

  return useCallback(() => {
    const { sidePanel, openPanel } = useAtrium.getState();
    if (!sidePanel) return false;
    const back = visited.current.pop();
    if (!back) {
      openPanel(null);
      return true;
    }
    goingBack.current = true;
    openPanel(back.panel);
    goingBack.current = false;
    // After the panel has drawn (and put focus on its heading): back onto the post the person left from.
    const { statusId } = back;
    if (statusId) requestAnimationFrame(() => focusFirstOf(document, () => document.querySelector<HTMLElement>(`${panelSelector} [data-status-id="${CSS.escape(statusId)}"]`)));
    return true;
  }, []);
}
