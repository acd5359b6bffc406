import { compareIds, Counter, IdGenerator } from './ids';
import type {
  AccountRecord,
  AppRecord,
  FollowRecord,
  ListRecord,
  MarkerRecord,
  MarkRecord,
  MediaRecord,
  NotificationRecord,
  ScheduledRecord,
  StatusRecord,
  TokenRecord,
} from './model';
import { PeopleState } from './people';

/** What the streaming layer hears about. */
export type StoreEvent =
  | { kind: 'update'; status: StatusRecord }
  | { kind: 'status.update'; status: StatusRecord }
  | { kind: 'delete'; status: StatusRecord }
  | { kind: 'notification'; notification: NotificationRecord };

/** Inserts `id` into an ascending id array, keeping it sorted (appends in the common case). */
export function insertSorted(ids: string[], id: string): void {
  const last = ids[ids.length - 1];
  if (last === undefined || compareIds(last, id) < 0) {
    ids.push(id);
    return;
  }
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareIds(ids[mid] as string, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  ids.splice(lo, 0, id);
}

/** Removes `id` from an ascending id array if present. */
export function removeSorted(ids: string[], id: string): void {
  const at = ids.indexOf(id);
  if (at >= 0) ids.splice(at, 1);
}

function bucket<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/**
 * All sandbox state with the indexes the API needs. Plain maps and sorted id
 * arrays: seeding 50,000 statuses must stay well under five seconds.
 */
export class Store {
  readonly ids = new IdGenerator();
  readonly smallIds = new Counter();
  readonly accounts = new Map<string, AccountRecord>();
  readonly accountsByAcct = new Map<string, string>();
  readonly statuses = new Map<string, StatusRecord>();
  /** Every live status id, ascending. */
  readonly timeline: string[] = [];
  readonly statusesByAccount = new Map<string, string[]>();
  readonly statusesByTag = new Map<string, string[]>();
  readonly repliesTo = new Map<string, string[]>();
  /** poll id → status id. */
  readonly pollStatus = new Map<string, string>();
  readonly following = new Map<string, Map<string, FollowRecord>>();
  readonly followers = new Map<string, Map<string, FollowRecord>>();
  readonly notifications = new Map<string, NotificationRecord[]>();
  readonly favourites = new Map<string, MarkRecord[]>();
  readonly bookmarks = new Map<string, MarkRecord[]>();
  readonly lists = new Map<string, ListRecord>();
  readonly scheduled = new Map<string, ScheduledRecord>();
  readonly media = new Map<string, MediaRecord>();
  /** Uploaded file bytes by media id. */
  readonly uploads = new Map<string, Buffer>();
  readonly apps = new Map<string, AppRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly markers = new Map<string, Map<string, MarkerRecord>>();
  readonly featuredTags = new Map<string, string[]>();
  /** Mutes, blocks, notes, endorsements, pins, moves and announcements. */
  readonly people = new PeopleState();
  /** account id → the hashtags (lower case) it follows. */
  readonly followedTags = new Map<string, Set<string>>();
  /** `${accountId}:${key}` → status id, for Idempotency-Key. */
  readonly idempotency = new Map<string, string>();
  /** quoted status id → ids of the posts quoting it (any state). */
  readonly quotesOf = new Map<string, Set<string>>();
  private readonly listeners: Array<(event: StoreEvent) => void> = [];

  /** Subscribes to state changes (streaming). */
  onEvent(listener: (event: StoreEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Tells every listener about a change. */
  emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** `username` for local accounts, `username@domain` for remote ones. */
  acctOf(account: AccountRecord): string {
    return account.domain ? `${account.username}@${account.domain}` : account.username;
  }

  /** Adds an account and indexes its acct. */
  addAccount(account: AccountRecord): void {
    this.accounts.set(account.id, account);
    this.accountsByAcct.set(this.acctOf(account).toLowerCase(), account.id);
  }

  /** Finds an account by `user` or `user@domain` (a leading @ is ignored). */
  findByAcct(acct: string, localDomain: string): AccountRecord | undefined {
    let key = acct.replace(/^@/, '').toLowerCase();
    if (key.endsWith(`@${localDomain.toLowerCase()}`)) key = key.slice(0, key.lastIndexOf('@'));
    const id = this.accountsByAcct.get(key);
    return id === undefined ? undefined : this.accounts.get(id);
  }

  /** Adds a status to every index (does not emit: callers decide). */
  indexStatus(status: StatusRecord): void {
    this.statuses.set(status.id, status);
    insertSorted(this.timeline, status.id);
    insertSorted(bucket(this.statusesByAccount, status.accountId), status.id);
    for (const tag of status.tags) insertSorted(bucket(this.statusesByTag, tag.toLowerCase()), status.id);
    if (status.inReplyToId) bucket(this.repliesTo, status.inReplyToId).push(status.id);
    if (status.poll) this.pollStatus.set(status.poll.id, status.id);
    if (status.quote && !status.reblogOfId) {
      let quoting = this.quotesOf.get(status.quote.statusId);
      if (!quoting) this.quotesOf.set(status.quote.statusId, (quoting = new Set()));
      quoting.add(status.id);
    }
  }

  /** Removes a status from every index. */
  unindexStatus(status: StatusRecord): void {
    this.statuses.delete(status.id);
    removeSorted(this.timeline, status.id);
    removeSorted(this.statusesByAccount.get(status.accountId) ?? [], status.id);
    for (const tag of status.tags) removeSorted(this.statusesByTag.get(tag.toLowerCase()) ?? [], status.id);
    if (status.inReplyToId) removeSorted(this.repliesTo.get(status.inReplyToId) ?? [], status.id);
    if (status.quote) this.quotesOf.get(status.quote.statusId)?.delete(status.id);
  }

  /** Records that `from` follows `to`; returns false if it already did. */
  addFollow(from: string, to: string, createdAtMs: number): boolean {
    let out = this.following.get(from);
    if (!out) this.following.set(from, (out = new Map()));
    if (out.has(to)) return false;
    const follow: FollowRecord = { id: this.ids.next(createdAtMs), from, to };
    out.set(to, follow);
    let inbound = this.followers.get(to);
    if (!inbound) this.followers.set(to, (inbound = new Map()));
    inbound.set(from, follow);
    return true;
  }

  /** Removes a follow edge; returns false if there was none. */
  removeFollow(from: string, to: string): boolean {
    const removed = this.following.get(from)?.delete(to) ?? false;
    this.followers.get(to)?.delete(from);
    return removed;
  }

  /** Does `from` follow `to`? */
  follows(from: string, to: string): boolean {
    return this.following.get(from)?.has(to) ?? false;
  }

  /** Appends a notification for its recipient (ids grow, so the list stays sorted). */
  addNotification(notification: NotificationRecord): void {
    bucket(this.notifications, notification.accountId).push(notification);
  }

  /** A user's favourites or bookmarks list. */
  marks(kind: 'favourites' | 'bookmarks', accountId: string): MarkRecord[] {
    return bucket(this[kind], accountId);
  }

  /** A user's markers by timeline name. */
  markersOf(accountId: string): Map<string, MarkerRecord> {
    let map = this.markers.get(accountId);
    if (!map) this.markers.set(accountId, (map = new Map()));
    return map;
  }
}
