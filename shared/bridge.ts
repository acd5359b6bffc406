import { z } from 'zod';
import { accountSummarySchema, publicPolicySchema, streamNameSchema } from './domain';
import { slotBookSchema, slotPlanSchema } from './slots';
import { draftSchema, mediaAttachmentSchema, uploadMediaInputSchema, uploadProgressSchema } from './drafts';
import type { BridgeCallName, BridgeEventName } from './bridgeApi';
import { directoryProgressSchema, directorySnapshotSchema } from './directory';
import { serverCapabilitiesSchema } from './capabilities';

/**
 * One step of a masto call path: a property name, or the argument given to `$select(id)`.
 * masto puts a selected id into the URL path as it is, so an id may hold only letters, digits,
 * `_` and `-` (status, account and list ids, hashtag names): `../admin` cannot climb out of its path.
 */
export const mastoPathSegmentSchema = z.union([
  z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'a call path names methods and resources only'),
  // Emoji (with their modifiers and joiners) name an announcement's reactions; none of them can climb a path either.
  z.object({ select: z.string().regex(/^(?:[\p{L}\p{N}_-]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0F){1,256}$/u, 'an id may hold only letters, digits, _, - and emoji') }),
]);
export type MastoPathSegment = z.infer<typeof mastoPathSegmentSchema>;

/** A recorded masto call, e.g. `v1.timelines.home.list({ limit: 40 })`. */
export const mastoCallSchema = z.object({
  accountId: z.string().min(1),
  path: z.array(mastoPathSegmentSchema).min(2).max(8),
  /** The call's single argument (query or body), as masto takes it. */
  params: z.record(z.string(), z.unknown()).optional(),
  /** Sent as `Idempotency-Key` so a retried post is created once. */
  idempotencyKey: z.string().min(1).max(64).optional(),
});
export type MastoCall = z.infer<typeof mastoCallSchema>;

/** Query parameters for the next or previous page, read from the server's `Link` header. */
export const pageParamsSchema = z.record(z.string(), z.string());

/** What a masto call answers: the entity, or one page of a list with its neighbours. */
export const mastoReplySchema = z.object({
  data: z.unknown(),
  next: pageParamsSchema.optional(),
  prev: pageParamsSchema.optional(),
});
export type MastoReply = z.infer<typeof mastoReplySchema>;

const empty = z.object({}).strict();
const done = z.object({ done: z.literal(true) });

const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  /** The demo organization's address in a development checkout; null in a packaged or managed app. */
  demoInstanceUrl: z.string().nullable(),
});
const accountListSchema = z.object({ accounts: z.array(accountSummarySchema), activeId: z.string().nullable() });
const keptTimelineSchema = z.object({ savedAt: z.string(), statuses: z.array(z.looseObject({ id: z.string() })) });

/**
 * Every call the renderer may make to the main process, with its input and output schemas.
 * Main parses each input before a handler sees it; the preload exposes one function per key.
 */
export const bridgeContract = {
  /** Version and platform, for the about box and bug reports. */
  getAppInfo: { input: empty, output: appInfoSchema },
  /** The managed configuration, as far as the interface needs it. */
  getPolicy: { input: empty, output: publicPolicySchema },
  /** Signed-in accounts and which one is active. */
  listAccounts: { input: empty, output: accountListSchema },
  /**
   * What the first screen needs, in one answer the preload asks for before the page's scripts load: the three
   * answers above, and the active account's Home as kept on this device (`home` null when there is no active
   * account or it cannot be used; `kept` null when nothing is kept).
   */
  openSession: {
    input: empty,
    output: z.object({
      appInfo: appInfoSchema,
      policy: publicPolicySchema,
      accounts: accountListSchema,
      home: z.object({ accountId: z.string(), kept: keptTimelineSchema.nullable() }).nullable(),
    }),
  },
  /** Makes another signed-in account the active one. */
  switchAccount: { input: z.object({ accountId: z.string().min(1) }), output: done },
  /** Checks that a URL is a Mastodon-compatible server and says what it offers. */
  probeInstance: {
    input: z.object({ url: z.string().min(1).max(2048) }),
    output: z.object({ url: z.string(), domain: z.string(), title: z.string(), thumbnail: z.string().nullable() }),
  },
  /** Signs in through the system browser; `forceLogin` makes the identity provider ask who you are. */
  signIn: {
    input: z.object({ instanceUrl: z.string().url(), forceLogin: z.boolean().optional() }),
    output: accountSummarySchema,
  },
  /** Gives up on a sign-in still waiting for the browser; its `signIn` call fails as cancelled. */
  cancelSignIn: { input: empty, output: done },
  /** Revokes the token, forgets it and removes the account; `revoked: false` if the server could not be told. */
  signOut: { input: z.object({ accountId: z.string().min(1) }), output: z.object({ revoked: z.boolean() }) },
  /** Removes an account whose sign-out could not be revoked on the server, leaving that sign-in valid there. */
  forgetAccount: { input: z.object({ accountId: z.string().min(1) }), output: done },
  /** Replays an allow-listed masto call on the account's real client in main. */
  callMastodon: { input: mastoCallSchema, output: mastoReplySchema },
  /** The Home timeline as last seen on this device, to show before the server answers; null if none. */
  readHomeCache: {
    input: z.object({ accountId: z.string().min(1) }),
    output: keptTimelineSchema.nullable(),
  },
  /** Keeps the newest Home posts on this device for the next start (main bounds what it keeps). */
  writeHomeCache: {
    input: z.object({ accountId: z.string().min(1), statuses: z.array(z.looseObject({ id: z.string() })).max(200) }),
    output: done,
  },
  /** Starts listening to a stream; its events arrive as `streamEvent`. */
  subscribeStream: {
    input: z.object({
      accountId: z.string().min(1),
      stream: streamNameSchema,
      tag: z.string().min(1).max(200).optional(),
      list: z.string().min(1).max(64).optional(),
    }),
    output: z.object({ subscriptionId: z.string() }),
  },
  /** Stops a stream started by `subscribeStream`. */
  unsubscribeStream: { input: z.object({ subscriptionId: z.string().min(1) }), output: done },
  /** The person has looked at their notifications: clears the unread badge. */
  markNotificationsSeen: { input: empty, output: done },
  /** Opens a link in the system browser, after the URL gate allows it. */
  openExternal: { input: z.object({ url: z.string().min(1).max(8192) }), output: done },
  /** Every signed-in account's posting slots, kept on this device. */
  readPostingSlots: { input: empty, output: slotBookSchema },
  /** Sets (or with null forgets) one account's posting slots; answers every account's slots. */
  writePostingSlots: { input: z.object({ accountId: z.string().min(1), plan: slotPlanSchema.nullable() }), output: slotBookSchema },
  /** The scheduled posts an account has, so main can say with a desktop notification when one goes out. */
  watchScheduled: {
    input: z.object({ accountId: z.string().min(1), posts: z.array(z.object({ id: z.string().min(1).max(64), text: z.string().max(20_000) })).max(300) }),
    output: done,
  },
  /** The organization's directory as last kept on this device for the account; null if never fetched. */
  readDirectory: { input: z.object({ accountId: z.string().min(1) }), output: directorySnapshotSchema.nullable() },
  /** Fetches the whole directory afresh (progress arrives as `directoryProgress`) and keeps it on the device. */
  refreshDirectory: { input: z.object({ accountId: z.string().min(1) }), output: directorySnapshotSchema },
  /** An account's saved drafts, newest first; a damaged draft file is skipped (and logged), never fatal. */
  listDrafts: { input: z.object({ accountId: z.string().min(1) }), output: z.object({ drafts: z.array(draftSchema) }) },
  /** Keeps a draft on this device (main writes it atomically; the renderer debounces). */
  saveDraft: { input: z.object({ draft: draftSchema }), output: done },
  /** Forgets a draft (after it was posted, or when the person deletes it); a save of it still on its way is ignored. */
  deleteDraft: { input: z.object({ accountId: z.string().min(1), draftId: z.uuid() }), output: done },
  /**
   * Uploads one file to the account's instance and answers once the server finished processing it
   * (`url` set). Progress arrives as `uploadProgress`; fails with `upload_cancelled`, `media_too_large`,
   * `media_type_unsupported`, `media_processing_failed` or the server's own error.
   */
  uploadMedia: { input: uploadMediaInputSchema, output: mediaAttachmentSchema },
  /** Stops an upload started by `uploadMedia`; its call fails as `upload_cancelled`. */
  cancelUpload: { input: z.object({ uploadId: z.uuid() }), output: done },
  /** What the account's server can do (quotes, grouped notifications, directory, streams), as main learnt it. */
  getCapabilities: { input: z.object({ accountId: z.string().min(1) }), output: serverCapabilitiesSchema },
  /**
   * Whether the OS keychain can keep tokens: `ready`, `unavailable` (none running, or locked) or `module_missing`
   * (Atrium's keychain module did not install). Real accounts need `ready`; the demo works without it, in memory.
   */
  getKeychainState: { input: empty, output: z.object({ state: z.enum(['ready', 'unavailable', 'module_missing']) }) },
} as const satisfies Record<BridgeCallName, { input: z.ZodType; output: z.ZodType }>;

/** The names of the bridge calls. */
export type BridgeCall = keyof typeof bridgeContract;
/** What the renderer passes to a call. */
export type BridgeInput<K extends BridgeCall> = z.input<(typeof bridgeContract)[K]['input']>;
/** What a call answers once it succeeded. */
export type BridgeOutput<K extends BridgeCall> = z.output<(typeof bridgeContract)[K]['output']>;

/**
 * Messages main sends to the renderer without being asked.
 */
export const bridgeEvents = {
  /** A streaming event for a subscription; `payload` is the parsed JSON Mastodon sent. */
  streamEvent: z.object({
    subscriptionId: z.string(),
    event: z.string(),
    payload: z.unknown(),
  }),
  /**
   * A stream lost its connection (`connected: false`) or got it back; `refused` when the server does not
   * carry the stream at all, so the subscriber checks for news by other means for as long as it listens.
   */
  streamState: z.object({ subscriptionId: z.string(), connected: z.boolean(), refused: z.boolean().optional() }),
  /** The list of accounts or the active one changed (sign-in elsewhere, token revoked, …). */
  accountsChanged: z.object({}),
  /** How a directory refresh is going: people loaded so far, or that it waits on the server's rate limit. */
  directoryProgress: directoryProgressSchema,
  /** How far an `uploadMedia` call got. */
  uploadProgress: uploadProgressSchema,
  /** IT changed the policy while Atrium runs: read it again with `getPolicy`. */
  policyChanged: z.object({}),
  /** The system handed Atrium a link (web+mastodon:, or the organization's server): show that post or profile. */
  openLink: z.object({ kind: z.enum(['status', 'account']), query: z.string().min(1).max(2048) }),
} as const satisfies Record<BridgeEventName, z.ZodType>;

/** The names of main-to-renderer messages. */
export type BridgeEvent = keyof typeof bridgeEvents;
/** The payload of a main-to-renderer message. */
export type BridgeEventPayload<E extends BridgeEvent> = z.output<(typeof bridgeEvents)[E]>;
