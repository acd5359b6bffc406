import type { StateCreator } from 'zustand';
import { loadPinnedColumns, savePinnedColumns, withPinned, type PinnedColumn } from './pinnedColumns';

/** The views the rail switches between. */
export type MainView = 'home' | 'local' | 'notifications' | 'federated' | 'bookmarks' | 'favourites' | 'lists' | 'about' | 'directory' | 'welcome' | 'scheduled';

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
  /** Each account's pinned columns, read from the page's storage the first time they are asked for. */
  pinnedColumns: Record<string, PinnedColumn[]>;
  showView(view: MainView): void;
  /** Reads an account's pinned columns if they are not in the store yet. */
  loadColumns(accountId: string): void;
  pinColumn(accountId: string, column: PinnedColumn): void;
  unpinColumn(accountId: string, key: string): void;
  openPanel(panel: SidePanel): void;
  setAddingAccount(adding: boolean): void;
}

export const createLayoutSlice: StateCreator<LayoutSlice> = (set, get) => {
  const setColumns = (accountId: string, columns: PinnedColumn[]) => {
    savePinnedColumns(localStorage, accountId, columns);
    set((state) => ({ pinnedColumns: { ...state.pinnedColumns, [accountId]: columns } }));
  };
  return {
    mainView: 'home',
    sidePanel: null,
    addingAccount: false,
    pinnedColumns: {},
    showView: (mainView) => set({ mainView }),
    loadColumns: (accountId) => {
      if (get().pinnedColumns[accountId]) return;
      set((state) => ({ pinnedColumns: { ...state.pinnedColumns, [accountId]: loadPinnedColumns(localStorage, accountId) } }));
    },
    pinColumn: (accountId, column) => setColumns(accountId, withPinned(get().pinnedColumns[accountId] ?? [], column)),
    unpinColumn: (accountId, key) => setColumns(accountId, (get().pinnedColumns[accountId] ?? []).filter((column) => column.key !== key)),
    openPanel: (sidePanel) => set({ sidePanel }),
    setAddingAccount: (addingAccount) => set({ addingAccount }),
  };
};
