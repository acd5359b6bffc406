import type { mastodon } from 'masto';

/** The notification tabs. */
export type NotificationFilter = 'all' | 'mentions' | 'follows';

/** The tabs in display order. */
export const notificationFilters: readonly NotificationFilter[] = ['all', 'mentions', 'follows'];

/**
 * A notification as the store keeps it: its post (if any) lives in the posts record, by id.
 * `type` is a plain string because servers add types (GoToSocial, newer Mastodon) that we show generically.
 */
export interface StoredNotification {
  id: string;
  type: string;
  createdAt: string;
  account: mastodon.v1.Account;
  statusId: string | null;
  /** The other people of a group the server folded (grouped notifications), after `account`. */
  others?: mastodon.v1.Account[];
}

const filterTypes: Record<NotificationFilter, mastodon.v1.NotificationType[] | undefined> = {
  all: undefined,
  mentions: ['mention'],
  follows: ['follow', 'follow_request'],
};

/** The `types` query of a tab; undefined means every type. */
export const typesOf = (filter: NotificationFilter) => filterTypes[filter];

/** True when a notification belongs in a tab. */
export const belongsTo = (filter: NotificationFilter, type: string): boolean =>
  filterTypes[filter]?.includes(type as mastodon.v1.NotificationType) ?? true;

/** Keeps the notification without its post, which goes to the posts record. */
export function storeNotification(notification: mastodon.v1.Notification): StoredNotification {
  return {
    id: notification.id,
    type: notification.type,
    createdAt: notification.createdAt,
    account: notification.account,
    statusId: notification.status?.id ?? null,
  };
}

/** The store key of one tab of an account's notifications. */
export const notificationListKey = (accountId: string, filter: NotificationFilter): string => `${accountId}|${filter}`;

/** What kind of row a notification is drawn as: types sharing a look share a group. */
export type NotificationGroup = 'mention' | 'activity' | 'follow' | 'admin' | 'other';

/** The group of a type: mentions show the post in full, activity (favourite, boost, poll, edit) a compact post, follows the person. */
export function groupOf(type: string): NotificationGroup {
  if (type === 'mention' || type === 'status') return 'mention';
  if (['favourite', 'reblog', 'poll', 'update', 'quote', 'quoted_update'].includes(type)) return 'activity';
  if (type === 'follow' || type === 'follow_request') return 'follow';
  if (type.startsWith('admin.')) return 'admin';
  return 'other';
}

/** One row of the notifications list: several people doing the same thing to the same post count once. */
export interface NotificationRow {
  key: string;
  type: string;
  accounts: mastodon.v1.Account[];
  statusId: string | null;
  createdAt: string;
}

/** Types that fold: several people doing this to the same post (or to you) read as one row. */
const foldableTypes = new Set(['favourite', 'reblog', 'follow']);

/**
 * Folds favourites and boosts of the same post, and follows, into one row ("Ana and 2 others
 * favourited your post") wherever they sit in the list: the row takes the place of the newest.
 * Mentions, follow requests and everything else stay one row each, since each asks for an answer.
 */
export function groupNotifications(items: readonly StoredNotification[]): NotificationRow[] {
  const rows: NotificationRow[] = [];
  const open = new Map<string, NotificationRow>();
  for (const item of items) {
    const key = foldableTypes.has(item.type) ? `${item.type}|${item.statusId ?? ''}` : null;
    const row = key ? open.get(key) : undefined;
    const people = [item.account, ...(item.others ?? [])];
    if (row) {
      for (const person of people) if (!row.accounts.some((account) => account.id === person.id)) row.accounts.push(person);
      continue;
    }
    const created: NotificationRow = { key: item.id, type: item.type, accounts: people, statusId: item.statusId, createdAt: item.createdAt };
    rows.push(created);
    if (key) open.set(key, created);
  }
  return rows;
}

/** Drops the follow requests of one person from a list, once answered. */
export const withoutFollowRequestFrom = (items: readonly StoredNotification[], requesterId: string): StoredNotification[] =>
  items.filter((item) => item.type !== 'follow_request' || item.account.id !== requesterId);

/** True when a notification from the server has what the views rely on (id, type, who). */
export function isReadableNotification(value: unknown): value is mastodon.v1.Notification {
  if (typeof value !== 'object' || value === null) return false;
  const { id, type, account } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof type !== 'string' || typeof account !== 'object' || account === null) return false;
  const { id: accountId, acct } = account as Record<string, unknown>;
  return typeof accountId === 'string' && typeof acct === 'string';
}
