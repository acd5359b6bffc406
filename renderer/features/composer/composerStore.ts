import { create } from 'zustand';
import type { ComposerState } from './composerTypes';
import { createDraftSlice, draftSaver, resetDraftState } from './draftSlice';
import { createMediaSlice } from './mediaSlice';
import { createSavedDraftsSlice } from './savedDraftsSlice';
import { createSendSlice } from './sendSlice';

/**
 * The composer's state, made of its slices. It is created with the composer's code, which loads
 * on first use, so none of it weighs on the first screen; the one store holds only whether the
 * composer is open and why (`composerEntry`).
 */
export const useComposer = create<ComposerState>()((...args) => ({
  ...createDraftSlice(...args),
  ...createSendSlice(...args),
  ...createMediaSlice(...args),
  ...createSavedDraftsSlice(...args),
}));

const initialState = useComposer.getState();

/** Puts the composer back to its first state (tests call this between cases). */
export function resetComposer(): void {
  useComposer.setState(initialState, true);
  resetDraftState();
  draftSaver.reset();
}
