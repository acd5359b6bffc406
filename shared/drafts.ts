import { z } from 'zod';
import { visibilitySchema } from './domain';

/** How big a draft may get on disk; main refuses anything larger rather than filling the disk. */
export const draftLimits = {
  /** Characters of text or content warning; far above any instance's limit, so only abuse reaches it. */
  maxTextLength: 100_000,
  /** Characters of one attachment's alt text (Mastodon allows 1,500 by default). */
  maxDescriptionLength: 10_000,
  /** Characters of one poll option (Mastodon allows 50 by default). */
  maxPollOptionLength: 1_000,
  maxPollOptions: 20,
  maxMedia: 20,
  /** Drafts kept per account: the newest are kept, saving one more fails with `too_many_drafts`. */
  maxDraftsPerAccount: 200,
} as const;

const isoDate = z.iso.datetime({ offset: true });

/** A point in an image Mastodon keeps in view when it crops a preview: -1 (left, bottom) to 1 (right, top). */
export const focusSchema = z.object({ x: z.number().min(-1).max(1), y: z.number().min(-1).max(1) });
export type Focus = z.infer<typeof focusSchema>;

/** Who may quote a post (Mastodon 4.5+ `quote_approval_policy`). */
export const quoteApprovalPolicySchema = z.enum(['public', 'followers', 'nobody']);
export type QuoteApprovalPolicy = z.infer<typeof quoteApprovalPolicySchema>;

/** A media attachment already uploaded to the server, as the draft remembers it. */
export const draftMediaSchema = z.object({
  /** The server's attachment id, sent as one of `media_ids`. */
  id: z.string().min(1).max(64),
  /** `image`, `video`, `gifv`, `audio` or `unknown`, as the server said. */
  type: z.string().max(16),
  previewUrl: z.string().max(4096).nullable(),
  /** Alt text: what the attachment shows, for people who cannot see it. */
  description: z.string().max(draftLimits.maxDescriptionLength),
  focus: focusSchema.nullable(),
});
export type DraftMedia = z.infer<typeof draftMediaSchema>;

/**
 * A post being written, kept by main so nothing is lost to a crash, a restart or a closed window.
 * It holds only what the person wrote and ids the server gave: never a token or any secret.
 */
export const draftSchema = z.object({
  id: z.uuid(),
  /** The account that will post it (`<server account id>@<instance host>`). */
  accountId: z.string().min(1).max(512),
  createdAt: isoDate,
  updatedAt: isoDate,
  text: z.string().max(draftLimits.maxTextLength),
  /** The content warning; empty for none. */
  spoilerText: z.string().max(draftLimits.maxTextLength),
  sensitive: z.boolean(),
  visibility: visibilitySchema,
  /** ISO 639 language code, or null to let the server guess. */
  language: z.string().max(16).nullable(),
  /** The post this one answers; `url` and `acct` let it be found again from another account's instance. */
  inReplyTo: z.object({ id: z.string().min(1).max(64), url: z.string().max(4096).nullable(), acct: z.string().max(512) }).nullable(),
  /** The post this one quotes (Mastodon 4.5+). */
  quote: z.object({ id: z.string().min(1).max(64), url: z.string().max(4096).nullable() }).nullable(),
  quoteApprovalPolicy: quoteApprovalPolicySchema,
  poll: z
    .object({
      options: z.array(z.string().max(draftLimits.maxPollOptionLength)).max(draftLimits.maxPollOptions),
      /** Seconds the poll stays open. */
      expiresIn: z.number().int().positive(),
      multiple: z.boolean(),
    })
    .nullable(),
  media: z.array(draftMediaSchema).max(draftLimits.maxMedia),
  /** Sent as `Idempotency-Key` with every try, so a retry after a dropped answer cannot post twice. */
  idempotencyKey: z.string().min(1).max(64),
  /** Set when the draft edits a post already published (or redrafts it). */
  editingStatusId: z.string().min(1).max(64).nullable(),
  /** When the post should go out (the scheduling desk); null posts at once. */
  scheduledAt: isoDate.nullable(),
});
export type Draft = z.infer<typeof draftSchema>;

/** A media attachment as the server answers it, camelCased; other fields pass through untouched. */
export const mediaAttachmentSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  /** Null while the server is still processing the file. */
  url: z.string().nullable(),
  previewUrl: z.string().nullable(),
  description: z.string().nullable(),
  meta: z.unknown(),
});
export type MediaAttachment = z.infer<typeof mediaAttachmentSchema>;

/** The largest file the bridge carries (above any Mastodon's video limit); the instance's own limit is checked in main. */
export const maxUploadBytes = 200 * 1024 * 1024;

/** What the renderer sends to upload one file; main checks the instance's limits before sending it. */
export const uploadMediaInputSchema = z.object({
  accountId: z.string().min(1),
  /** Chosen by the renderer, so it can follow `uploadProgress` and cancel before the call answers. */
  uploadId: z.uuid(),
  fileName: z.string().min(1).max(255),
  /** `type/subtype`, as the file picker reports it. */
  mimeType: z.string().regex(/^[\w.+-]{1,127}\/[\w.+-]{1,127}$/, 'a media type looks like image/png'),
  /** The file's bytes, base64-encoded (the bridge carries JSON). */
  dataBase64: z.base64().max(Math.ceil(maxUploadBytes / 3) * 4),
  description: z.string().max(draftLimits.maxDescriptionLength).optional(),
  focus: focusSchema.optional(),
});
export type UploadMediaInput = z.infer<typeof uploadMediaInputSchema>;

/** How far an upload got: bytes sent, then the server's processing (which has no byte count: loaded = total). */
export const uploadProgressSchema = z.object({
  uploadId: z.string(),
  phase: z.enum(['uploading', 'processing']),
  loaded: z.number().nonnegative(),
  total: z.number().nonnegative(),
});
export type UploadProgress = z.infer<typeof uploadProgressSchema>;
