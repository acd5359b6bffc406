import type { mastodon } from 'masto';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** A picture, video or sound attached to a scheduled post. */
export interface DeskMedia {
  id: string;
  type: string;
  previewUrl: string | null;
  description: string;
}

/** One scheduled post on the desk, whichever account it belongs to. */
export interface DeskEntry {
  /** Unique across accounts: `accountId|scheduled id`. */
  key: string;
  accountId: string;
  id: string;
  /** When it goes out, epoch milliseconds. */
  at: number;
  text: string;
  spoilerText: string;
  visibility: string;
  sensitive: boolean;
  language: string | null;
  inReplyToId: string | null;
  media: DeskMedia[];
  poll: { options: string[]; expiresIn: number; multiple: boolean } | null;
}

/** The desk key of a scheduled post. */
export const entryKey = (accountId: string, id: string): string => `${accountId}|${id}`;

function readMedia(value: unknown): DeskMedia[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!isObject(item) || typeof item['id'] !== 'string') return [];
    return [{ id: item['id'], type: text(item['type']) ?? 'unknown', previewUrl: text(item['previewUrl']) ?? text(item['url']), description: text(item['description']) ?? '' }];
  });
}

function readPoll(value: unknown): DeskEntry['poll'] {
  if (!isObject(value)) return null;
  const options = strings(value['options']);
  if (options.length === 0) return null;
  return { options, expiresIn: Number(value['expiresIn'] ?? 86_400) || 86_400, multiple: value['multiple'] === true };
}

/**
 * Reads one ScheduledStatus as the server sent it (camelCased by masto), tolerantly: only what the
 * desk shows. Null when it is not one, so the desk leaves it out and says so instead of failing.
 */
export function parseScheduled(raw: unknown, accountId: string): DeskEntry | null {
  if (!isObject(raw) || typeof raw['id'] !== 'string' || raw['id'] === '' || !isObject(raw['params'])) return null;
  const at = Date.parse(text(raw['scheduledAt']) ?? '');
  if (!Number.isFinite(at)) return null;
  const params = raw['params'];
  const replyTo = params['inReplyToId'];
  return {
    key: entryKey(accountId, raw['id']),
    accountId,
    id: raw['id'],
    at,
    text: text(params['text']) ?? '',
    spoilerText: text(params['spoilerText']) ?? '',
    visibility: text(params['visibility']) ?? 'public',
    sensitive: params['sensitive'] === true,
    language: text(params['language']),
    inReplyToId: typeof replyTo === 'string' || typeof replyTo === 'number' ? String(replyTo) : null,
    media: readMedia(raw['mediaAttachments']),
    poll: readPoll(params['poll']),
  };
}

/** What `v1.statuses.create` takes to make this post again, as it is or with changed text, at `scheduledAt` or now. */
export function createParams(
  entry: DeskEntry,
  changes: { text?: string; spoilerText?: string; scheduledAt?: string | null; keepMedia?: boolean },
): mastodon.rest.v1.CreateScheduledStatusParams {
  // Mastodon's create takes these four values; anything else a server sent is posted as the account's default.
  const visibility = (['public', 'unlisted', 'private', 'direct'] as const).find((value) => value === entry.visibility);
  // Unset values are left out rather than sent as null, which some servers read as a value.
  const base = {
    spoilerText: changes.spoilerText ?? entry.spoilerText,
    sensitive: entry.sensitive,
    ...(visibility ? { visibility } : {}),
    ...(entry.language ? { language: entry.language } : {}),
    ...(entry.inReplyToId ? { inReplyToId: entry.inReplyToId } : {}),
    ...(changes.scheduledAt ? { scheduledAt: changes.scheduledAt } : {}),
  };
  const text = changes.text ?? entry.text;
  // Media and a poll exclude each other in Mastodon, so a post carries one or the other.
  if ((changes.keepMedia ?? true) && entry.media.length > 0) return { ...base, status: text, mediaIds: entry.media.map((medium) => medium.id) };
  return { ...base, status: text, ...(entry.poll ? { poll: entry.poll } : {}) };
}
