import type { StateCreator } from 'zustand';
import type { SlotBook, SlotPlan } from '../../../shared/slots';
import { loadLazyStrings } from '../../i18n/i18n';
import type { AtriumState } from '../../store/store';
import type { DeskEntry } from './deskEntry';
import { savePlanningZone, storedPlanningZone } from './planningZone';
import { watchQueue } from './watchQueue';
import { isKnownZone } from './timeZone';

/** One account's scheduled posts as the desk last read them. */
export interface AccountQueue {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  entries: DeskEntry[];
  /** Items the server sent that were not readable scheduled posts (left out, and said). */
  skipped: number;
}

/** A sentence the desk keeps on screen until dismissed: what happened to a post, which copy exists. */
export interface DeskNotice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

/** The scheduling desk: every signed-in account's queue, and what the desk has to tell. */
export interface ScheduledSlice {
  scheduledQueues: Record<string, AccountQueue>;
  deskNotices: DeskNotice[];
  /** The latest change, for the desk's polite live region. */
  deskAnnouncement: string;
  /** Posting slots per account, once read from main. */
  slotBook: SlotBook | null;
  /** The IANA zone times are shown and chosen in (the person's own, or e.g. head office's). */
  planningZone: string;
  /** Plans in another zone from now on (kept on this device). */
  setPlanningZone(zone: string): void;
  /** Reads every given account's queue (all pages); a post that vanished since is explained, not shown as an error. */
  loadScheduled(accountIds: readonly string[]): Promise<void>;
  /** Adds a post just scheduled (by the composer or a duplicate) to its account's queue. */
  addScheduled(entry: DeskEntry): void;
  /** Schedules a new post for `at`; the same `idempotencyKey` on a retry makes one post. Throws what the server said. */
  schedulePost(accountId: string, draft: ScheduleDraft, at: number, idempotencyKey: string): Promise<void>;
  /** Moves a post; false when it could not be moved (the reason is on the desk). */
  reschedule(entry: DeskEntry, at: number): Promise<boolean>;
  /** Cancels a post after the person confirmed. */
  cancelScheduled(entry: DeskEntry): Promise<boolean>;
  /** Replaces a post's text (create, then delete); false if nothing changed. */
  editScheduled(entry: DeskEntry, changes: { text: string; spoilerText: string }): Promise<boolean>;
  /** Publishes a post now and removes the scheduled copy. */
  postScheduledNow(entry: DeskEntry): Promise<boolean>;
  /** Schedules a copy on another account. */
  duplicateScheduled(entry: DeskEntry, accountId: string, at: number): Promise<boolean>;
  dismissDeskNotice(id: number): void;
  /** Reads the posting slots from main. */
  loadSlots(): Promise<void>;
  /** Saves (or with null forgets) one account's posting slots. */
  saveSlots(accountId: string, plan: SlotPlan | null): Promise<void>;
}

/** The content of a post to schedule, as the desk's own form or the composer gives it. */
export interface ScheduleDraft {
  text: string;
  spoilerText: string;
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
}

/** The slice's actions that talk to the server, implemented in `deskActions.ts` and loaded on first use. */
export type ScheduledActions = Pick<
  ScheduledSlice,
  'loadScheduled' | 'schedulePost' | 'reschedule' | 'cancelScheduled' | 'editScheduled' | 'postScheduledNow' | 'duplicateScheduled' | 'loadSlots' | 'saveSlots'
>;

export const createScheduledSlice: StateCreator<AtriumState, [], [], ScheduledSlice> = (set, get) => {
  // The server work is a module of its own, so the first screen does not carry the desk.
  let loaded: Promise<ScheduledActions> | undefined;
  const actions = () =>
    (loaded ??= Promise.all([import('./deskActions'), loadLazyStrings('scheduled')]).then(([{ createDeskActions }]) => createDeskActions(set, get)));
  return {
    scheduledQueues: {},
    deskNotices: [],
    deskAnnouncement: '',
    slotBook: null,
    planningZone: storedPlanningZone(),
    setPlanningZone: (zone) => {
      if (!isKnownZone(zone)) return;
      savePlanningZone(zone);
      set({ planningZone: zone });
    },
    addScheduled: (entry) => {
      const queue = get().scheduledQueues[entry.accountId] ?? { status: 'ready', error: null, entries: [], skipped: 0 };
      const entries = [...queue.entries.filter((other) => other.key !== entry.key), entry];
      set((state) => ({ scheduledQueues: { ...state.scheduledQueues, [entry.accountId]: { ...queue, entries } } }));
      // Main learns of the new post at once, not at the desk's next refresh.
      void watchQueue(entry.accountId, entries);
    },
    dismissDeskNotice: (id) => set((state) => ({ deskNotices: state.deskNotices.filter((notice) => notice.id !== id) })),
    loadScheduled: async (accountIds) => (await actions()).loadScheduled(accountIds),
    schedulePost: async (...args) => (await actions()).schedulePost(...args),
    reschedule: async (...args) => (await actions()).reschedule(...args),
    cancelScheduled: async (entry) => (await actions()).cancelScheduled(entry),
    editScheduled: async (...args) => (await actions()).editScheduled(...args),
    postScheduledNow: async (entry) => (await actions()).postScheduledNow(entry),
    duplicateScheduled: async (...args) => (await actions()).duplicateScheduled(...args),
    loadSlots: async () => (await actions()).loadSlots(),
    saveSlots: async (...args) => (await actions()).saveSlots(...args),
  };
};
