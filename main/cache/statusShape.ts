/**
 * The parts of a Mastodon status (as masto gives it, camelCase) that Atrium shows, and so keeps in the
 * on-device cache. Everything else a server sends, known or not, is dropped before it reaches the disk:
 * a hostile server cannot make the cache large with fields nobody reads or with deeply nested arrays.
 */

/** A kept field: a plain value (string, number, boolean or null), a nested shape, or a bounded list of one. */
type Field = 'value' | Shape | ListOf;
interface Shape {
  readonly [key: string]: Field;
}
/** A list of at most `max` items of one kind. */
class ListOf {
  constructor(
    readonly item: Shape | 'value',
    readonly max: number,
  ) {}
}
const list = (item: Shape | 'value', max: number) => new ListOf(item, max);

const v = 'value';
const emoji: Shape = { shortcode: v, url: v, staticUrl: v, visibleInPicker: v, category: v };
const account: Shape = {
  id: v,
  username: v,
  acct: v,
  url: v,
  displayName: v,
  note: v,
  avatar: v,
  avatarStatic: v,
  header: v,
  headerStatic: v,
  locked: v,
  bot: v,
  group: v,
  discoverable: v,
  createdAt: v,
  lastStatusAt: v,
  statusesCount: v,
  followersCount: v,
  followingCount: v,
  emojis: list(emoji, 100),
  fields: list({ name: v, value: v, verifiedAt: v }, 16),
};
const imageMeta: Shape = { width: v, height: v, size: v, aspect: v, duration: v };
const media: Shape = {
  id: v,
  type: v,
  url: v,
  previewUrl: v,
  remoteUrl: v,
  description: v,
  blurhash: v,
  meta: { original: imageMeta, small: imageMeta, focus: { x: v, y: v } },
};
const poll: Shape = {
  id: v,
  expiresAt: v,
  expired: v,
  multiple: v,
  votesCount: v,
  votersCount: v,
  voted: v,
  ownVotes: list(v, 50),
  options: list({ title: v, votesCount: v }, 50),
  emojis: list(emoji, 100),
};
const card: Shape = {
  url: v,
  title: v,
  description: v,
  type: v,
  authorName: v,
  authorUrl: v,
  providerName: v,
  providerUrl: v,
  width: v,
  height: v,
  image: v,
  blurhash: v,
};
/** A quoted post (Mastodon 4.5+), drawn small inside the post quoting it: no counters, flags or nested quote. */
const quotedPost: Shape = {
  id: v,
  uri: v,
  url: v,
  createdAt: v,
  account,
  content: v,
  visibility: v,
  sensitive: v,
  spoilerText: v,
  language: v,
  mediaAttachments: list(media, 20),
  mentions: list({ id: v, username: v, url: v, acct: v }, 100),
  tags: list({ name: v, url: v }, 100),
  emojis: list(emoji, 100),
};
const post: Shape = {
  id: v,
  uri: v,
  url: v,
  createdAt: v,
  editedAt: v,
  account,
  content: v,
  visibility: v,
  sensitive: v,
  spoilerText: v,
  mediaAttachments: list(media, 20),
  application: { name: v, website: v },
  mentions: list({ id: v, username: v, url: v, acct: v }, 100),
  tags: list({ name: v, url: v }, 100),
  emojis: list(emoji, 100),
  reblogsCount: v,
  favouritesCount: v,
  repliesCount: v,
  inReplyToId: v,
  inReplyToAccountId: v,
  poll,
  card,
  language: v,
  // A quote and who may quote the post: without them a cached quote post would show the bare "RE: link".
  quote: { state: v, quotedStatusId: v, quotedStatus: quotedPost },
  quoteApproval: { automatic: list(v, 8), manual: list(v, 8), currentUser: v },
  favourited: v,
  reblogged: v,
  muted: v,
  bookmarked: v,
  pinned: v,
  // The person's own filters matched this post: kept so a cached post is hidden or warned about as a fresh one.
  filtered: list({ filter: { id: v, title: v, filterAction: v, context: list(v, 8) }, keywordMatches: list(v, 20), statusMatches: list(v, 20) }, 20),
};
/** A status and the one it boosts (a boost of a boost does not exist in Mastodon, so it is not kept). */
const status: Shape = { ...post, reblog: post };

/** The deepest nesting {@link keepStatus} writes; the shapes above stay within it, this is the backstop. */
export const MAX_CACHE_DEPTH = 8;

/** The fields of a status the cache keeps, or `null` when it is not a status (no string id). */
export function keepStatus(raw: unknown): { id: string } | null {
  const kept = keepShape(raw, status, 1);
  return kept && typeof kept['id'] === 'string' ? (kept as { id: string }) : null;
}

function keepShape(raw: unknown, shape: Shape, depth: number): Record<string, unknown> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || depth > MAX_CACHE_DEPTH) return null;
  const source = raw as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    if (!Object.hasOwn(source, key)) continue;
    const value = keepField(source[key], field, depth + 1);
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}

function keepField(raw: unknown, field: Field, depth: number): unknown {
  if (field === 'value') return isPlain(raw) ? raw : undefined;
  if (field instanceof ListOf) {
    if (!Array.isArray(raw) || depth > MAX_CACHE_DEPTH) return undefined;
    const item = field.item;
    return raw.slice(0, field.max).flatMap((entry) => {
      const value = item === 'value' ? (isPlain(entry) ? entry : undefined) : keepShape(entry, item, depth + 1);
      return value === undefined || value === null ? [] : [value];
    });
  }
  // An absent nested object (a post without a poll) is kept as the server's null.
  return raw === null ? null : (keepShape(raw, field, depth) ?? undefined);
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}
