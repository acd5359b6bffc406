import { BridgeError } from '../../bridge/bridge';
import { remoteClient } from '../../bridge/remoteClient';
import { createParams, parseScheduled, type DeskEntry } from './deskEntry';
import { htmlToText, squeeze } from './plainText';
import { replaceScheduled, type ReplaceOutcome } from './recreate';
import { watchQueue } from './watchQueue';

/** Scheduled posts one account may have at most, so a page walk ends even if a server loops. */
const MAX_PAGES = 10;
/** Mastodon's largest page of scheduled statuses. */
const PAGE_LIMIT = 40;

/** A 404: what was asked for is not on the server (any more). */
export const isGone = (error: unknown): boolean => error instanceof BridgeError && error.code === 'not_found';

/** Everything one account has scheduled, walking the pages; also how many items were unreadable. */
export async function fetchQueue(accountId: string): Promise<{ entries: DeskEntry[]; skipped: number }> {
  const client = remoteClient(accountId);
  const entries: DeskEntry[] = [];
  let skipped = 0;
  let query: Record<string, string> | undefined = {};
  for (let page = 0; page < MAX_PAGES && query; page += 1) {
    const result = await client.v1.scheduledStatuses.list({ limit: PAGE_LIMIT, ...query });
    const items: unknown[] = Array.isArray(result.items) ? result.items : [];
    for (const item of items) {
      const entry = parseScheduled(item, accountId);
      if (entry) entries.push(entry);
      else skipped += 1;
    }
    query = items.length > 0 ? result.next : undefined;
  }
  // Main listens for these going out, to say so on the desktop.
  await watchQueue(accountId, entries);
  return { entries, skipped };
}

/**
 * Which of the posts that left an account's queue went out: those whose text is among the
 * account's latest own posts. The rest were cancelled or replaced by someone else. The server's
 * clock decides when a post is due, so the text is asked, not the time compared with this computer's clock.
 */
export async function publishedAmong(accountId: string, gone: readonly DeskEntry[]): Promise<Set<string>> {
  const serverId = accountId.slice(0, accountId.lastIndexOf('@'));
  const page = await remoteClient(accountId).v1.accounts.$select(serverId).statuses.list({ limit: 40, excludeReblogs: true });
  const items: unknown[] = Array.isArray(page.items) ? page.items : [];
  const texts = new Set(items.map((item) => htmlToText(typeof item === 'object' && item !== null && typeof (item as { content?: unknown }).content === 'string' ? (item as { content: string }).content : '')));
  return new Set(gone.filter((entry) => texts.has(squeeze(entry.text))).map((entry) => entry.key));
}

/** Moves a post to another time; answers the post as the server now has it. */
export async function moveEntry(entry: DeskEntry, at: number): Promise<DeskEntry | null> {
  const moved = await remoteClient(entry.accountId).v1.scheduledStatuses.$select(entry.id).update({ scheduledAt: new Date(at).toISOString() });
  return parseScheduled(moved, entry.accountId);
}

/** Cancels a scheduled post. */
export async function cancelEntry(entry: DeskEntry): Promise<void> {
  await remoteClient(entry.accountId).v1.scheduledStatuses.$select(entry.id).remove();
}

/** Creates a scheduled post (the composer's path and the desk's); answers it as the server has it. */
export async function scheduleOn(accountId: string, params: ReturnType<typeof createParams>, idempotencyKey?: string): Promise<DeskEntry | null> {
  const created: unknown = await remoteClient(accountId).v1.statuses.create(params, idempotencyKey ? { idempotencyKey } : undefined);
  return parseScheduled(created, accountId);
}

/** Replaces a scheduled post with its edited text, at the same time: create first, then delete the old. */
export function editEntry(entry: DeskEntry, changes: { text: string; spoilerText: string }): Promise<ReplaceOutcome<DeskEntry | null>> {
  const scheduled = remoteClient(entry.accountId).v1.scheduledStatuses.$select(entry.id);
  // The same key for the same edit: if the answer is lost and the person retries, the server makes one copy.
  const key = `edit-${entry.id}-${hash(`${changes.spoilerText}\n${changes.text}`)}`;
  return replaceScheduled({
    confirmOld: async () => void (await scheduled.fetch()),
    create: () => scheduleOn(entry.accountId, createParams(entry, { ...changes, scheduledAt: new Date(entry.at).toISOString() }), key),
    removeOld: () => scheduled.remove().then(() => undefined),
    isGone,
  });
}

/** Posts a scheduled post at once, then deletes the scheduled copy. */
export function postEntryNow(entry: DeskEntry): Promise<ReplaceOutcome<unknown>> {
  const client = remoteClient(entry.accountId);
  const scheduled = client.v1.scheduledStatuses.$select(entry.id);
  return replaceScheduled({
    confirmOld: async () => void (await scheduled.fetch()),
    create: () => client.v1.statuses.create(createParams(entry, { scheduledAt: null }), { idempotencyKey: `now-${entry.id}` }),
    removeOld: () => scheduled.remove().then(() => undefined),
    isGone,
  });
}

/** Schedules a copy of a post on another account (media belongs to its uploader, so it is not carried over). */
export function duplicateEntry(entry: DeskEntry, accountId: string, at: number): Promise<DeskEntry | null> {
  const params = createParams({ ...entry, inReplyToId: null }, { scheduledAt: new Date(at).toISOString(), keepMedia: false });
  return scheduleOn(accountId, params, `copy-${entry.id}-${accountId.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 64));
}

/** A short, stable fingerprint of a text, for idempotency keys (not for security). */
function hash(text: string): string {
  let value = 5381;
  for (let index = 0; index < text.length; index += 1) value = ((value * 33) ^ text.charCodeAt(index)) >>> 0;
  return value.toString(36);
}
