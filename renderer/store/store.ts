import { create } from 'zustand';
import { createListsSlice, type ListsSlice } from '../features/lists/listsSlice';
import { createLayoutSlice, type LayoutSlice } from '../features/shell/layoutSlice';
import { createNotificationSlice, type NotificationSlice } from '../features/notifications/notificationSlice';
import { createScheduledSlice, type ScheduledSlice } from '../features/scheduled/scheduledSlice';
import { createProfileSlice, type ProfileSlice } from '../features/people/profileSlice';
import { createThreadSlice, type ThreadSlice } from '../features/thread/threadSlice';
import { createStatusSlice, type StatusSlice } from '../features/timelines/statusSlice';
import { createTimelineSlice, type TimelineSlice } from '../features/timelines/timelineSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createComposerEntrySlice, type ComposerEntrySlice } from '../features/composer/composerEntry';
import { createDensitySlice, type DensitySlice } from '../features/density/densitySlice';

/** The whole renderer state: one bound store made of feature slices. */
export type AtriumState = SessionSlice &
  LayoutSlice &
  StatusSlice &
  TimelineSlice &
  NotificationSlice &
  ThreadSlice &
  ListsSlice &
  ProfileSlice &
  ComposerEntrySlice &
  ScheduledSlice &
  DensitySlice;

/** The store hook; components read it through selectors. */
export const useAtrium = create<AtriumState>()((...args) => ({
  ...createSessionSlice(...args),
  ...createLayoutSlice(...args),
  ...createStatusSlice(...args),
  ...createTimelineSlice(...args),
  ...createNotificationSlice(...args),
  ...createThreadSlice(...args),
  ...createListsSlice(...args),
  ...createScheduledSlice(...args),
  ...createProfileSlice(...args),
  ...createComposerEntrySlice(...args),
  ...createDensitySlice(...args),
}));

const initialState = useAtrium.getState();

/**
 * What the active account's views hold. A post's flags (favourited, boosted, bookmarked, voted)
 * are that account's own, so all of it is dropped when another account becomes active; the views
 * load again as that account (Home first from its own cache on the device).
 */
const accountScopedState = {
  statuses: initialState.statuses,
  timelines: initialState.timelines,
  notificationLists: initialState.notificationLists,
  threads: initialState.threads,
  listCollections: initialState.listCollections,
  profiles: initialState.profiles,
  sidePanel: initialState.sidePanel,
} satisfies Partial<AtriumState>;

useAtrium.subscribe((state, previous) => {
  if (previous.activeAccountId !== null && state.activeAccountId !== previous.activeAccountId) useAtrium.setState(accountScopedState);
});

/** Puts the store back to its first state (tests call this between cases). */
export function resetStore(): void {
  useAtrium.setState(initialState, true);
}

/** The active account, or undefined before sign-in. */
export const selectActiveAccount = (state: AtriumState) => state.accounts.find((account) => account.id === state.activeAccountId);
