import { z } from 'zod';

/** The most people Atrium keeps from one organization's directory (on the device and in memory). */
export const DIRECTORY_MAX_PEOPLE = 20_000;

/** A profile field as the directory keeps it: the value is the server's HTML, sanitized where it is shown. */
export const directoryFieldSchema = z.object({
  name: z.string().max(255),
  value: z.string().max(2_048),
  /** When the server verified a link in the value (rel="me"); null if never. */
  verifiedAt: z.string().nullable(),
});

/** A custom emoji a name or bio may use. */
export const directoryEmojiSchema = z.object({ shortcode: z.string().max(100), url: z.string().max(2_048), staticUrl: z.string().max(2_048) });

/**
 * One person in the organization's directory: what their public profile says, nothing more.
 * Kept small so 5,000 of them cross the bridge and sit on disk comfortably.
 */
export const directoryPersonSchema = z.object({
  id: z.string().min(1).max(64),
  /** The handle as the server writes it (`user` for local accounts). */
  acct: z.string().max(400),
  username: z.string().max(200),
  url: z.string().max(2_048),
  displayName: z.string().max(400),
  /** The bio as the server's HTML. */
  note: z.string().max(10_000),
  avatar: z.string().max(2_048),
  bot: z.boolean(),
  group: z.boolean(),
  locked: z.boolean(),
  createdAt: z.string(),
  /** The day of the last post (Mastodon gives a date), or null if none. */
  lastStatusAt: z.string().nullable(),
  followersCount: z.number(),
  followingCount: z.number(),
  statusesCount: z.number(),
  fields: z.array(directoryFieldSchema).max(16),
  emojis: z.array(directoryEmojiSchema).max(64),
});
export type DirectoryPerson = z.infer<typeof directoryPersonSchema>;

/**
 * The directory as last fetched. `available: false` is a server without a directory (it answered
 * 404, as GoToSocial does): the interface offers account search instead, it is not an error.
 */
export const directorySnapshotSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    fetchedAt: z.string(),
    people: z.array(directoryPersonSchema).max(DIRECTORY_MAX_PEOPLE),
    /** False when the directory was larger than Atrium keeps. */
    complete: z.boolean(),
  }),
  z.object({ available: z.literal(false), fetchedAt: z.string() }),
]);
export type DirectorySnapshot = z.infer<typeof directorySnapshotSchema>;

/** How a directory refresh is going, sent while it runs. */
export const directoryProgressSchema = z.object({
  accountId: z.string(),
  /** `waiting`: the server asked Atrium to slow down (429); it resumes after `waitSeconds`. */
  phase: z.enum(['loading', 'waiting', 'done', 'failed']),
  loaded: z.number(),
  /** About how many people there are (the server's user count, or the last snapshot's), if known. */
  expected: z.number().nullable(),
  waitSeconds: z.number().nullable(),
});
export type DirectoryProgress = z.infer<typeof directoryProgressSchema>;
