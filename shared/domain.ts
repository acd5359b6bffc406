import { z } from 'zod';

/** Post visibility as Mastodon names it. */
export const visibilitySchema = z.enum(['public', 'unlisted', 'private', 'direct']);
export type Visibility = z.infer<typeof visibilitySchema>;

/** A signed-in account as the renderer may know it: no secrets, ever. */
export const accountSummarySchema = z.object({
  /** Atrium's own id for the account: `<server account id>@<instance host>`. */
  id: z.string(),
  instanceUrl: z.string().url(),
  /** `user` (local handle); the full handle is `acct@instance host`. */
  acct: z.string(),
  displayName: z.string(),
  avatar: z.string(),
  /** The account's colour, shown around its avatar so nobody posts as the wrong one. */
  color: z.string(),
  /** True when the server said the token is no longer valid: sign in again to continue. */
  needsSignIn: z.boolean(),
  /** True when IT's policy no longer allows the account's instance: it is kept but paused (no calls, streams or notifications). */
  blockedByPolicy: z.boolean().optional(),
  /** Signed out on this computer, but the server could not be told: the sign-in still works there until revoked. */
  signOutPending: z.boolean().optional(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/** What IT pinned, as far as the interface needs to know. */
export const publicPolicySchema = z.object({
  /** When set, the only instance people may sign in to. */
  pinnedInstanceUrl: z.string().url().nullable(),
  allowOtherInstances: z.boolean(),
  defaultVisibility: visibilitySchema,
  requireAltText: z.boolean(),
  hideDemo: z.boolean(),
  /** Accent colour for the organization, when IT set one. */
  accentColor: z.string().nullable(),
});
export type PublicPolicy = z.infer<typeof publicPolicySchema>;

/** The streams Mastodon offers that Atrium listens to. */
export const streamNameSchema = z.enum(['user', 'user:notification', 'public', 'public:local', 'hashtag', 'list']);
export type StreamName = z.infer<typeof streamNameSchema>;
