import { create } from 'zustand';

/** What the polite live region says now; `serial` makes a repeated sentence be spoken again. */
export interface Announcement {
  text: string;
  serial: number;
}

interface AnnouncerState {
  current: Announcement | null;
  /** Says `text` through the window's one polite live region. */
  announce(text: string): void;
}

/** The window's announcements: one store, one live region (LiveRegion), any feature may speak. */
export const useAnnouncer = create<AnnouncerState>()((set, get) => ({
  current: null,
  announce: (text) => set({ current: { text, serial: (get().current?.serial ?? 0) + 1 } }),
}));

/** Says `text` politely to screen readers (outside React too). */
export function announce(text: string): void {
  useAnnouncer.getState().announce(text);
}
