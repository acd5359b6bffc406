import type { StateCreator } from 'zustand';
import { call } from '../../bridge/bridge';
import { useAtrium } from '../../store/store';
import type { ComposerState, SavedDraftsSlice } from './composerTypes';
import { draftSaver } from './draftSlice';

export const createSavedDraftsSlice: StateCreator<ComposerState, [], [], SavedDraftsSlice> = (set, get) => ({
  savedDrafts: [],
  savedStatus: 'idle',
  loadSavedDrafts: async () => {
    set({ savedStatus: 'loading' });
    // Comms staff write as several accounts: the list holds every signed-in account's drafts.
    const accounts = useAtrium.getState().accounts;
    try {
      await draftSaver.flush();
      const lists = await Promise.all(accounts.map((account) => call('listDrafts', { accountId: account.id })));
      const drafts = lists.flatMap((list) => list.drafts).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      drafts.forEach((draft) => draftSaver.know(draft));
      set({ savedDrafts: drafts, savedStatus: 'ready' });
    } catch {
      set({ savedStatus: 'error' });
    }
  },
  deleteSavedDraft: async (draft) => {
    await draftSaver.remove(draft);
    set((state) => ({
      savedDrafts: state.savedDrafts.filter((saved) => saved.id !== draft.id),
      // Deleting the draft that is open empties the composer rather than leaving a ghost that saves again.
      ...(get().draft?.id === draft.id ? { draft: null } : {}),
      announcement: { key: 'composer.drafts.deleted' },
    }));
  },
});
