/**
 * The sandbox's in-memory records. They hold what Mastodon's database would hold;
 * `render/` turns them into the JSON entities that the API sends.
 */

/** A profile field as the owner typed it. */
export interface FieldRecord {
  name: string;
  value: string;
  /** When the server last confirmed that the linked page links back (`rel="me"`); links only. */
  verifiedAt?: number | null;
  /** The value's HTML exactly as a hostile or broken server sends it, served instead of `value` (hostile seed). */
  html?: string;
}

/** A custom emoji as a remote server describes it, sent as is (hostile seed). */
export interface RemoteEmojiRecord {
  shortcode: string;
  url: string;
}

/** What a hostile or broken server sends about an account instead of what Mastodon would make (hostile seed). */
export interface RawAccountParts {
  /** The bio's HTML, sent verbatim. */
  noteHtml: string;
  /** The avatar's URL, sent verbatim; the sandbox's own picture when absent. */
  avatar?: string;
  /** Custom emoji sent with the account, verbatim. */
  emojis: RemoteEmojiRecord[];
}

/** A local staff member, an official account, or a remote account. */
export interface AccountRecord {
  id: string;
  username: string;
  /** `null` for local accounts, the remote host otherwise. */
  domain: string | null;
  displayName: string;
  /** The bio as typed (plain text); rendered to HTML on output. */
  noteSource: string;
  fields: FieldRecord[];
  bot: boolean;
  group: boolean;
  locked: boolean;
  discoverable: boolean;
  indexable: boolean;
  createdAt: number;
  lastStatusAt: number | null;
  /** Hue of the generated avatar. */
  hue: number;
  /** Staff only: the team the follow graph clusters around. */
  team: string | null;
  statusesCount: number;
  privacy: 'public' | 'unlisted' | 'private' | 'direct';
  sensitive: boolean;
  language: string;
  /** Staff role shown as a badge (e.g. "Comms"), or null. */
  roleName: string | null;
  /** A remote account's server when it is not `https://<domain>`: another sandbox on this computer. */
  origin?: string;
  /** Sent instead of the bio, avatar and emoji Mastodon would make (hostile seed). */
  raw?: RawAccountParts;
}

/** A poll attached to a status. */
export interface PollRecord {
  id: string;
  expiresAt: number | null;
  multiple: boolean;
  options: Array<{ title: string; votes: number }>;
  /** accountId → chosen option indexes. */
  voters: Map<string, number[]>;
}

/** A link preview card. */
export interface CardRecord {
  url: string;
  title: string;
  description: string;
  providerName: string;
  /** The preview image's URL, sent verbatim instead of the sandbox's own picture (hostile seed). */
  image?: string;
}

/** An uploaded (or seeded) media attachment. */
export interface MediaRecord {
  id: string;
  accountId: string;
  type: 'image' | 'video' | 'gifv' | 'audio' | 'unknown';
  mime: string;
  size: number;
  description: string | null;
  width: number;
  height: number;
  blurhash: string;
  /** Epoch ms when processing finishes; the url stays null until then. */
  readyAt: number;
  statusId: string | null;
  /** The point kept in view when a preview is cropped (-1..1 each way), if the uploader chose one. */
  focus?: { x: number; y: number } | null;
  /** Processing will fail (a misbehaviour): once due, `GET /api/v1/media/:id` answers 422. */
  processingFails?: boolean;
}

/** One earlier revision of an edited status. */
export interface RevisionRecord {
  text: string;
  spoilerText: string;
  sensitive: boolean;
  createdAt: number;
  /** The attachments of this revision with their alt text then, when it had any. */
  media?: Array<{ id: string; description: string | null }>;
  /** The poll's options in this revision, or null when it had none. */
  poll?: string[] | null;
}

/** A status (post), or a boost when `reblogOfId` is set. */
export interface StatusRecord {
  id: string;
  accountId: string;
  createdAt: number;
  /** Source text; for remote statuses the HTML is taken from `remoteHtml` instead. */
  text: string;
  /** Raw HTML exactly as a remote server sent it (never sanitized: clients must cope). */
  remoteHtml: string | null;
  spoilerText: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  sensitive: boolean;
  language: string | null;
  inReplyToId: string | null;
  inReplyToAccountId: string | null;
  reblogOfId: string | null;
  mentionIds: string[];
  tags: string[];
  mediaIds: string[];
  poll: PollRecord | null;
  card: CardRecord | null;
  editedAt: number | null;
  /** Earlier revisions, oldest first; empty unless edited. */
  revisions: RevisionRecord[];
  applicationName: string | null;
  favouritedBy: Set<string>;
  bookmarkedBy: Set<string>;
  /** ids of boosts of this status. */
  reblogIds: string[];
  repliesCount: number;
  /** The post this one quotes and where its author's approval stands ("deleted" is derived: the post is gone). */
  quote?: { statusId: string; state: 'pending' | 'accepted' | 'rejected' | 'revoked' } | null;
  /** Who may quote this post without asking; Mastodon's default is `public`. */
  quoteApprovalPolicy?: 'public' | 'followers' | 'nobody';
  /** The page and ActivityPub id a post fetched from another server has there. */
  remote?: { url: string; uri: string };
  /** Custom emoji sent with the post verbatim, besides the instance's own (hostile seed). */
  remoteEmojis?: RemoteEmojiRecord[];
}

/** What a status has before anything is added to it: no mentions, tags, media, poll, card, edits or interactions. */
export function blankStatusParts(): Pick<StatusRecord, 'mentionIds' | 'tags' | 'mediaIds' | 'poll' | 'card' | 'editedAt' | 'revisions' | 'favouritedBy' | 'bookmarkedBy' | 'reblogIds' | 'repliesCount'> {
  return { mentionIds: [], tags: [], mediaIds: [], poll: null, card: null, editedAt: null, revisions: [], favouritedBy: new Set(), bookmarkedBy: new Set(), reblogIds: [], repliesCount: 0 };
}

/** A follow edge; its own id drives followers/following pagination, as in Mastodon. */
export interface FollowRecord {
  id: string;
  from: string;
  to: string;
}

/** Notification types the sandbox produces. */
export type NotificationType = 'mention' | 'status' | 'reblog' | 'follow' | 'favourite' | 'poll' | 'update' | 'quote' | 'follow_request';

/** A notification for `accountId`. */
export interface NotificationRecord {
  id: string;
  accountId: string;
  type: NotificationType;
  fromAccountId: string;
  statusId: string | null;
  createdAt: number;
}

/** A favourite or bookmark: its own id paginates `/favourites` and `/bookmarks`. */
export interface MarkRecord {
  id: string;
  statusId: string;
}

/** A user's list. */
export interface ListRecord {
  id: string;
  ownerId: string;
  title: string;
  repliesPolicy: 'followed' | 'list' | 'none';
  exclusive: boolean;
  members: Set<string>;
}

/** Parameters a scheduled status will be posted with. */
export interface ScheduledParams {
  text: string;
  visibility: StatusRecord['visibility'];
  spoilerText: string | null;
  sensitive: boolean | null;
  language: string | null;
  inReplyToId: string | null;
  mediaIds: string[];
  poll: { options: string[]; expiresIn: number; multiple: boolean; hideTotals: boolean } | null;
  idempotency: string | null;
  /** The post it will quote, checked when it was scheduled (Mastodon 4.5). */
  quotedStatusId?: string | null;
  quoteApprovalPolicy?: 'public' | 'followers' | 'nobody' | null;
}

/** A status waiting for its time. */
export interface ScheduledRecord {
  id: string;
  accountId: string;
  scheduledAt: number;
  params: ScheduledParams;
  applicationId: number;
}

/** A registered OAuth application. */
export interface AppRecord {
  id: string;
  name: string;
  website: string | null;
  redirectUris: string[];
  scopes: string[];
  clientId: string;
  clientSecret: string;
}

/** An access token. `accountId` is null for client-credential (app) tokens. */
export interface TokenRecord {
  token: string;
  appId: string;
  accountId: string | null;
  scopes: string[];
  createdAt: number;
  revoked: boolean;
}

/** A read position marker. */
export interface MarkerRecord {
  lastReadId: string;
  version: number;
  updatedAt: number;
}
