import type { StateCreator } from 'zustand';

/** The views the rail switches between. */
export type MainView = 'home' | 'local' | 'notifications' | 'federated' | 'bookmarks' | 'favourites' | 'lists';

/** What the side panel shows beside the main column, without losing its place. A list carries its title for the heading. */
export type SidePanel =
  | { kind: 'thread'; statusId: string }
  | { kind: 'account'; accountId: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'list'; id: string; title: string }
  | null;

/** Which view is open, what the side panel shows, and whether an account is being added. */
export interface LayoutSlice {
  mainView: MainView;
  sidePanel: SidePanel;
  addingAccount: boolean;
  showView(view: MainView): void;
  openPanel(panel: SidePanel): void;
  setAddingAccount(adding: boolean): void;
}

export const createLayoutSlice: StateCreator<LayoutSlice> = (set) => ({
  mainView: 'home',
  sidePanel: null,
  addingAccount: false,
  showView: (mainView) => set({ mainView }),
  openPanel: (sidePanel) => set({ sidePanel }),
  setAddingAccount: (addingAccount) => set({ addingAccount }),
});
