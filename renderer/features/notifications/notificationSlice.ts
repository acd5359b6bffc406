import { i18n } from '../../i18n/i18n';
import type { mastodon } from 'masto';
import type { StateCreator } from 'zustand';
import { remoteClient, type Page } from '../../bridge/remoteClient';
import type { AtriumState } from '../../store/store';
import { compareIds, fetchNewerPages } from '../timelines/timelineLogic';
import { WAITING_CAP } from '../timelines/waitingCap';
import { PAGE_LIMIT, type PageQuery } from '../timelines/timelineSource';
import { belongsTo, isReadableNotification, withoutFollowRequestFrom, notificationListKey, storeNotification, typesOf, type NotificationFilter, type StoredNotification } from './notificationLogic';
import { errorText } from '../../bridge/errorText';
import { BridgeError } from '../../bridge/bridge';
import { forgetServerCapabilities, serverCapabilities } from '../live/serverCapabilities';

/** One tab of notifications, newest first, with the new ones waiting behind a button. */
export interface NotificationListState {
  filter: NotificationFilter;
  items: StoredNotification[];
  pending: StoredNotification[];
  /** Waiting notifications let go to keep `pending` to WAITING_CAP: still counted; showing them reloads from the newest. */
  droppedNew: number;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  older: PageQuery | null;
  loadingOlder: boolean;
}

/** Notifications per account and tab, and how far each account has read. */
export interface NotificationSlice {
  notificationLists: Record<string, NotificationListState>;
  /** The last-read notification id from Mastodon's marker, per account; undefined until fetched. */
  notificationsReadUpTo: Record<string, string | null>;
  loadNotifications(accountId: string, filter: NotificationFilter): Promise<void>;
  loadOlderNotifications(accountId: string, filter: NotificationFilter): Promise<void>;
  /** Fetches notifications newer than the newest known (after a dropped stream, or a check) into `pending`; `quiet` keeps failures to itself. */
  catchUpNotifications(accountId: string, filter: NotificationFilter, options?: { quiet?: boolean }): Promise<void>;
  /** A streamed notification: waits in `pending` of every loaded tab it belongs to (the newest WAITING_CAP are kept). */
  receiveNotification(accountId: string, notification: mastodon.v1.Notification): void;
  showNewNotifications(accountId: string, filter: NotificationFilter): void;
  /** Reads the account's notifications marker, for the unread count. */
  loadNotificationMarker(accountId: string): Promise<void>;
  /** Marks everything loaded as read, here and in Mastodon's marker (so other clients agree). */
  markNotificationsRead(accountId: string): Promise<void>;
  /**
   * Accepts or rejects a follow request; on success the request leaves every tab. Resolves to
   * null when the server took the answer, or to why it did not (the row shows it beside its buttons).
   */
  answerFollowRequest(accountId: string, requesterId: string, accept: boolean): Promise<string | null>;
}

/** Pages fetched in one catch-up before starting afresh from the newest. */
const CATCH_UP_PAGES = 3;

export const createNotificationSlice: StateCreator<AtriumState, [], [], NotificationSlice> = (set, get) => {
  const patch = (key: string, change: (list: NotificationListState) => Partial<NotificationListState>) =>
    set((state) => {
      const list = state.notificationLists[key];
      return list ? { notificationLists: { ...state.notificationLists, [key]: { ...list, ...change(list) } } } : {};
    });

  const fetchPage = async (accountId: string, filter: NotificationFilter, query: PageQuery) => {
    if (await serverCapabilities(accountId).then((found) => found.groupedNotifications, () => false)) {
      try {
        // The server folds favourites, boosts and follows itself (Mastodon 4.3 on); the v1 types are v2's too.
        // masto types this paginator without its parameters (its Method carries them), so the call is typed here.
        const list = remoteClient(accountId).v2.notifications.list as unknown as (params: Record<string, unknown>) => Promise<Page<unknown>>;
        const page = await list({ limit: PAGE_LIMIT, types: typesOf(filter), ...query });
        // The reader loads only for servers that group (Mastodon 4.3 on).
        const { readGroupedPage } = await import('./groupedNotifications');
        const grouped = readGroupedPage(page.items);
        get().upsertStatuses(grouped.statuses, accountId);
        return { ...page, stored: grouped.notifications };
      } catch (error) {
        // The server has no grouped notifications after all (main learnt it from the 404): v1 from now on.
        if (!(error instanceof BridgeError && error.code === 'not_found')) throw error;
        forgetServerCapabilities(accountId);
      }
    }
    const page = await remoteClient(accountId).v1.notifications.list({ limit: PAGE_LIMIT, types: typesOf(filter), ...query });
    if (!Array.isArray(page.items)) throw new Error(i18n.t('notifications.badPage'));
    // A notification without an id, type or account is left out rather than drawn half.
    const readable = page.items.filter(isReadableNotification);
    get().upsertStatuses(readable.flatMap((notification) => (notification.status ? [notification.status] : [])), accountId);
    return { ...page, stored: readable.map(storeNotification) };
  };

  return {
    notificationLists: {},
    notificationsReadUpTo: {},
    loadNotifications: async (accountId, filter) => {
      const key = notificationListKey(accountId, filter);
      const previous = get().notificationLists[key];
      const loading: NotificationListState = { filter, items: previous?.items ?? [], pending: [], droppedNew: 0, status: 'loading', error: null, older: null, loadingOlder: false };
      set((state) => ({ notificationLists: { ...state.notificationLists, [key]: loading } }));
      try {
        const page = await fetchPage(accountId, filter, {});
        patch(key, () => ({ items: page.stored, status: 'ready', older: page.stored.length > 0 ? (page.next ?? null) : null }));
      } catch (error) {
        patch(key, () => ({ status: 'error', error: errorText(error) }));
      }
    },
    loadOlderNotifications: async (accountId, filter) => {
      const key = notificationListKey(accountId, filter);
      const list = get().notificationLists[key];
      if (!list?.older || list.loadingOlder || list.status !== 'ready') return;
      patch(key, () => ({ loadingOlder: true }));
      try {
        const page = await fetchPage(accountId, filter, list.older);
        patch(key, (current) => ({
          items: [...current.items, ...withoutKnown(page.stored, current.items)],
          older: page.stored.length > 0 ? (page.next ?? null) : null,
          loadingOlder: false,
        }));
      } catch (error) {
        patch(key, () => ({ loadingOlder: false }));
        get().pushNotice('load', error);
      }
    },
    catchUpNotifications: async (accountId, filter, options) => {
      const key = notificationListKey(accountId, filter);
      const list = get().notificationLists[key];
      const newest = list?.pending[0]?.id ?? list?.items[0]?.id;
      if (!list || !newest) return get().loadNotifications(accountId, filter);
      try {
        const newer = await fetchNewerPages(async (minId) => (await fetchPage(accountId, filter, { minId })).stored, newest, {
          pageLimit: PAGE_LIMIT,
          maxPages: CATCH_UP_PAGES,
        });
        // More was missed than a catch-up fetches (a night asleep): start from the newest instead of leaving a hole.
        if (newer.more) return await get().loadNotifications(accountId, filter);
        patch(key, (current) => withWaiting(current, withoutKnown(newer.items, [...current.pending, ...current.items])));
      } catch (error) {
        if (!options?.quiet) get().pushNotice('load', error);
      }
    },
    receiveNotification: (accountId, notification) => {
      if (!isReadableNotification(notification)) return;
      if (notification.status) get().upsertStatuses([notification.status], accountId);
      const stored = storeNotification(notification);
      for (const [key, list] of Object.entries(get().notificationLists)) {
        if (key !== notificationListKey(accountId, list.filter) || !belongsTo(list.filter, stored.type)) continue;
        patch(key, (current) => withWaiting(current, withoutKnown([stored], [...current.pending, ...current.items])));
      }
    },
    showNewNotifications: (accountId, filter) => {
      const key = notificationListKey(accountId, filter);
      // Some were let go, so the waiting ones no longer meet those shown: start again from the newest, as a long catch-up does.
      if ((get().notificationLists[key]?.droppedNew ?? 0) > 0) return void get().loadNotifications(accountId, filter);
      patch(key, (list) => ({ items: [...list.pending, ...withoutKnown(list.items, list.pending)], pending: [] }));
    },
    loadNotificationMarker: async (accountId) => {
      try {
        const markers = await remoteClient(accountId).v1.markers.fetch({ timeline: ['notifications'] });
        const lastReadId = markers.notifications?.lastReadId ?? null;
        set((state) => ({ notificationsReadUpTo: { ...state.notificationsReadUpTo, [accountId]: lastReadId } }));
      } catch {
        // Without a marker the count shows only what arrived live; nothing the person must act on.
      }
    },
    markNotificationsRead: async (accountId) => {
      const list = get().notificationLists[notificationListKey(accountId, 'all')];
      const newest = list?.pending[0]?.id ?? list?.items[0]?.id;
      const current = get().notificationsReadUpTo[accountId];
      if (!newest || (current && compareIds(newest, current) <= 0)) return;
      set((state) => ({ notificationsReadUpTo: { ...state.notificationsReadUpTo, [accountId]: newest } }));
      try {
        await remoteClient(accountId).v1.markers.create({ notifications: { lastReadId: newest } });
      } catch {
        // The marker is shared with other clients as a courtesy; here the count is already cleared.
      }
    },
    answerFollowRequest: async (accountId, requesterId, accept) => {
      try {
        const request = remoteClient(accountId).v1.followRequests.$select(requesterId);
        await (accept ? request.authorize() : request.reject());
      } catch (error) {
        return errorText(error);
      }
      for (const [key, list] of Object.entries(get().notificationLists)) {
        if (key !== notificationListKey(accountId, list.filter)) continue;
        patch(key, (current) => ({ items: withoutFollowRequestFrom(current.items, requesterId), pending: withoutFollowRequestFrom(current.pending, requesterId) }));
      }
      return null;
    },
  };
};

/**
 * `arrived` (newest first) put before the waiting ones, keeping the newest WAITING_CAP in memory and counting the rest:
 * a flood (a post gone viral on an official account) neither grows without end nor is drawn at once when shown.
 */
function withWaiting(list: NotificationListState, arrived: StoredNotification[]): Pick<NotificationListState, 'pending' | 'droppedNew'> {
  const pending = [...arrived, ...list.pending];
  return { pending: pending.slice(0, WAITING_CAP), droppedNew: list.droppedNew + Math.max(0, pending.length - WAITING_CAP) };
}

/** What "N new notifications" counts: those waiting in memory and those let go. */
export const waitingNotifications = (list: NotificationListState | undefined): number => (list ? list.pending.length + list.droppedNew : 0);

const withoutKnown = (incoming: StoredNotification[], known: StoredNotification[]) => {
  const ids = new Set(known.map((notification) => notification.id));
  return incoming.filter((notification) => !ids.has(notification.id));
};

/**
 * How many notifications the account has not read: those newer than its marker, among the
 * loaded and waiting ones of the "all" tab. Before the marker is known, only what arrived live counts.
 */
export const selectUnreadNotificationCount =
  (accountId: string) =>
  (state: AtriumState): number => {
    const list = state.notificationLists[notificationListKey(accountId, 'all')];
    if (!list) return 0;
    const readUpTo = state.notificationsReadUpTo[accountId];
    // Those let go arrived after the ones waiting, so they are unread too.
    if (!readUpTo) return waitingNotifications(list);
    return [...list.pending, ...list.items].filter((notification) => compareIds(notification.id, readUpTo) > 0).length + list.droppedNew;
  };
