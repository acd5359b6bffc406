import i18next from 'i18next';
import type { StateCreator } from 'zustand';
import type { SlotBook, SlotPlan } from '../../../shared/slots';
import { call } from '../../bridge/bridge';
import { errorText } from '../../bridge/errorText';
import type { AtriumState } from '../../store/store';
import type { DeskEntry } from './deskEntry';
import { formatDateTime } from './deskFormat';
import { excerpt, vanished } from './deskLogic';
import { cancelEntry, duplicateEntry, editEntry, fetchQueue, isGone, moveEntry, postEntryNow, publishedAmong, scheduleOn } from './deskOps';
import { savePlanningZone, storedPlanningZone } from './planningZone';
import type { ReplaceOutcome } from './recreate';
import { isKnownZone } from './zonedTime';

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

let noticeCounter = 0;

export const createScheduledSlice: StateCreator<AtriumState, [], [], ScheduledSlice> = (set, get) => {
  const t = (key: string, values?: Record<string, unknown>) => i18next.t(`scheduled.${key}`, values);
  const announce = (text: string) => set({ deskAnnouncement: text });
  const tell = (text: string, tone: DeskNotice['tone'] = 'info') => {
    noticeCounter += 1;
    set((state) => ({ deskNotices: [...state.deskNotices.slice(-4), { id: noticeCounter, text, tone }], deskAnnouncement: text }));
  };
  const putEntries = (accountId: string, update: (entries: DeskEntry[]) => DeskEntry[]) =>
    set((state) => {
      const queue = state.scheduledQueues[accountId] ?? { status: 'ready', error: null, entries: [], skipped: 0 };
      return { scheduledQueues: { ...state.scheduledQueues, [accountId]: { ...queue, entries: update(queue.entries) } } };
    });
  const without = (entry: DeskEntry) => putEntries(entry.accountId, (entries) => entries.filter((other) => other.key !== entry.key));
  const quoted = (entry: DeskEntry) => excerpt(entry.spoilerText || entry.text) || t('noText');
  const goneAlready = (entry: DeskEntry) => {
    without(entry);
    tell(t('notices.goneAlready', { text: quoted(entry) }));
  };
  // One sentence per replacement outcome: the person always learns which copy exists.
  const settle = <Created>(entry: DeskEntry, outcome: ReplaceOutcome<Created>, words: 'edit' | 'now', after: (created: Created) => void) => {
    switch (outcome.kind) {
      case 'oldGone':
        goneAlready(entry);
        return false;
      case 'createFailed':
        tell(t(`notices.${words}CreateFailed`, { text: quoted(entry), detail: errorText(outcome.error) }), 'warning');
        return false;
      case 'deleteFailed':
        after(outcome.created);
        tell(t(`notices.${words}DeleteFailed`, { text: quoted(entry), detail: errorText(outcome.error) }), 'warning');
        return true;
      default:
        without(entry);
        after(outcome.created);
        announce(t(`notices.${words}Done`, { text: quoted(entry) }));
        return true;
    }
  };

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
    loadScheduled: async (accountIds) => {
      await Promise.all(
        accountIds.map(async (accountId) => {
          const before = get().scheduledQueues[accountId];
          set((state) => ({ scheduledQueues: { ...state.scheduledQueues, [accountId]: { entries: before?.entries ?? [], skipped: 0, error: null, status: before?.status === 'ready' ? 'ready' : 'loading' } } }));
          try {
            const { entries, skipped } = await fetchQueue(accountId);
            // Only a queue shown before can have lost posts; what left it went out or was taken by a colleague.
            const gone = before?.status === 'ready' ? vanished(before.entries, entries) : [];
            const published = gone.length > 0 ? await publishedAmong(accountId, gone).catch(() => new Set<string>()) : new Set<string>();
            for (const entry of gone) tell(t(published.has(entry.key) ? 'notices.sent' : 'notices.goneElsewhere', { text: quoted(entry) }));
            set((state) => ({ scheduledQueues: { ...state.scheduledQueues, [accountId]: { status: 'ready', error: null, entries, skipped } } }));
          } catch (error) {
            set((state) => ({ scheduledQueues: { ...state.scheduledQueues, [accountId]: { entries: before?.entries ?? [], skipped: 0, status: 'error', error: errorText(error) } } }));
          }
        }),
      );
    },
    addScheduled: (entry) => putEntries(entry.accountId, (entries) => [...entries.filter((other) => other.key !== entry.key), entry]),
    schedulePost: async (accountId, draft, at, idempotencyKey) => {
      const params = { status: draft.text, spoilerText: draft.spoilerText, scheduledAt: new Date(at).toISOString(), ...(draft.visibility ? { visibility: draft.visibility } : {}) };
      const entry = await scheduleOn(accountId, params, idempotencyKey);
      if (entry) get().addScheduled(entry);
      announce(t('notices.scheduled', { text: excerpt(draft.spoilerText || draft.text) || t('noText') }));
    },
    reschedule: async (entry, at) => {
      try {
        const moved = await moveEntry(entry, at);
        putEntries(entry.accountId, (entries) => entries.map((other) => (other.key === entry.key ? (moved ?? { ...other, at }) : other)));
        announce(t('notices.moved', { text: quoted(entry), when: formatDateTime(moved?.at ?? at, get().planningZone, i18next.language) }));
        return true;
      } catch (error) {
        if (isGone(error)) goneAlready(entry);
        else tell(t('notices.moveFailed', { text: quoted(entry), detail: errorText(error) }), 'warning');
        return false;
      }
    },
    cancelScheduled: async (entry) => {
      try {
        await cancelEntry(entry);
        without(entry);
        announce(t('notices.cancelled', { text: quoted(entry) }));
        return true;
      } catch (error) {
        if (isGone(error)) goneAlready(entry);
        else tell(t('notices.cancelFailed', { text: quoted(entry), detail: errorText(error) }), 'warning');
        return false;
      }
    },
    editScheduled: async (entry, changes) =>
      settle(entry, await editEntry(entry, changes), 'edit', (created) => {
        if (created) get().addScheduled(created);
      }),
    postScheduledNow: async (entry) => settle(entry, await postEntryNow(entry), 'now', () => undefined),
    duplicateScheduled: async (entry, accountId, at) => {
      try {
        const copy = await duplicateEntry(entry, accountId, at);
        if (copy) get().addScheduled(copy);
        const target = get().accounts.find((account) => account.id === accountId);
        announce(t(entry.media.length > 0 ? 'notices.duplicatedNoMedia' : 'notices.duplicated', { text: quoted(entry), account: target ? `@${target.acct}` : accountId }));
        return true;
      } catch (error) {
        tell(t('notices.duplicateFailed', { text: quoted(entry), detail: errorText(error) }), 'warning');
        return false;
      }
    },
    dismissDeskNotice: (id) => set((state) => ({ deskNotices: state.deskNotices.filter((notice) => notice.id !== id) })),
    loadSlots: async () => {
      try {
        set({ slotBook: await call('readPostingSlots', {}) });
      } catch (error) {
        tell(t('slots.loadFailed', { detail: errorText(error) }), 'warning');
      }
    },
    saveSlots: async (accountId, plan) => {
      try {
        set({ slotBook: await call('writePostingSlots', { accountId, plan }) });
        announce(t('slots.saved'));
      } catch (error) {
        tell(t('slots.saveFailed', { detail: errorText(error) }), 'warning');
      }
    },
  };
};
