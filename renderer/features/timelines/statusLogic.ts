import type { mastodon } from 'masto';

/**
 * A post as the store keeps it: once, by id. A boost keeps only the id of the boosted post,
 * which is stored under its own id, so favouriting it shows in every timeline at once.
 */
export type StoredStatus = Omit<mastodon.v1.Status, 'reblog'> & { reblogId: string | null };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * True when a post from the server has what every view relies on (id, author, time, content).
 * A malformed or hostile server may send anything: such a post is skipped, not rendered half.
 */
export function isReadableStatus(value: unknown): value is mastodon.v1.Status {
  if (!isObject(value) || typeof value['id'] !== 'string' || typeof value['createdAt'] !== 'string' || typeof value['content'] !== 'string') return false;
  const account = value['account'];
  if (!isObject(account) || typeof account['id'] !== 'string' || typeof account['acct'] !== 'string') return false;
  const reblog = value['reblog'];
  return reblog === null || reblog === undefined || isReadableStatus(reblog);
}

/** Splits posts (and the posts they boost) into one record by id. */
export function normalizeStatuses(list: readonly mastodon.v1.Status[]): Record<string, StoredStatus> {
  const byId: Record<string, StoredStatus> = {};
  for (const status of list) {
    const { reblog, ...rest } = status;
    if (reblog) Object.assign(byId, normalizeStatuses([reblog]));
    byId[status.id] = { ...rest, reblogId: reblog?.id ?? null };
  }
  return byId;
}

/** The post to show for a row: the boosted post for a boost, else the post itself. */
export function contentOf(statuses: Record<string, StoredStatus>, id: string): StoredStatus | undefined {
  const status = statuses[id];
  return status?.reblogId ? (statuses[status.reblogId] ?? status) : status;
}

/** The actions that flip a flag on a post, with the flag and counter they change. */
export const toggleFields = {
  favourite: { flag: 'favourited', count: 'favouritesCount' },
  reblog: { flag: 'reblogged', count: 'reblogsCount' },
  bookmark: { flag: 'bookmarked', count: null },
} as const;

/** Which of the toggles. */
export type ToggleAction = keyof typeof toggleFields;

/** The post with a toggle set to `on`, its counter moved by one (never below zero). */
export function withToggle(status: StoredStatus, action: ToggleAction, on: boolean): StoredStatus {
  const { flag, count } = toggleFields[action];
  if (Boolean(status[flag]) === on) return status;
  const next: StoredStatus = { ...status, [flag]: on };
  if (count) next[count] = Math.max(0, (status[count] ?? 0) + (on ? 1 : -1));
  return next;
}
