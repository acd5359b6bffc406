import { i18n } from '../../i18n/i18n';
import type { StoreApi } from 'zustand';
import { call } from '../../bridge/bridge';
import { errorText } from '../../bridge/errorText';
import type { AtriumState } from '../../store/store';
import type { DeskEntry } from './deskEntry';
import { formatDateTime } from './deskFormat';
import { excerpt, vanished } from './deskLogic';
import { cancelEntry, duplicateEntry, editEntry, fetchQueue, isGone, moveEntry, postEntryNow, publishedAmong, scheduleOn } from './deskOps';
import type { ReplaceOutcome } from './recreate';
import type { DeskNotice, ScheduledActions } from './scheduledSlice';

let noticeCounter = 0;

/**
 * The desk's server work, loaded with the desk (or the composer's scheduling) rather than with the
 * first screen: the slice's actions call into this module once it is there.
 */
export function createDeskActions(set: StoreApi<AtriumState>['setState'], get: StoreApi<AtriumState>['getState']): ScheduledActions {
  const t = (key: string, values?: Record<string, unknown>) => i18n.t(`scheduled.${key}`, values);
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

  const add = (entry: DeskEntry) => get().addScheduled(entry);
  return {
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
    schedulePost: async (accountId, draft, at, idempotencyKey) => {
      const params = { status: draft.text, spoilerText: draft.spoilerText, scheduledAt: new Date(at).toISOString(), ...(draft.visibility ? { visibility: draft.visibility } : {}) };
      const entry = await scheduleOn(accountId, params, idempotencyKey);
      if (entry) add(entry);
      announce(t('notices.scheduled', { text: excerpt(draft.spoilerText || draft.text) || t('noText') }));
    },
    reschedule: async (entry, at) => {
      try {
        const moved = await moveEntry(entry, at);
        putEntries(entry.accountId, (entries) => entries.map((other) => (other.key === entry.key ? (moved ?? { ...other, at }) : other)));
        announce(t('notices.moved', { text: quoted(entry), when: formatDateTime(moved?.at ?? at, get().planningZone, i18n.language) }));
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
        if (created) add(created);
      }),
    postScheduledNow: async (entry) => settle(entry, await postEntryNow(entry), 'now', () => undefined),
    duplicateScheduled: async (entry, accountId, at) => {
      try {
        const copy = await duplicateEntry(entry, accountId, at);
        if (copy) add(copy);
        const target = get().accounts.find((account) => account.id === accountId);
        announce(t(entry.media.length > 0 ? 'notices.duplicatedNoMedia' : 'notices.duplicated', { text: quoted(entry), account: target ? `@${target.acct}` : accountId }));
        return true;
      } catch (error) {
        tell(t('notices.duplicateFailed', { text: quoted(entry), detail: errorText(error) }), 'warning');
        return false;
      }
    },
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
}
