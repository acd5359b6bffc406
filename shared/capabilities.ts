import { z } from 'zod';
import { streamNameSchema, type StreamName } from './domain';

/** Server software Atrium knows the differences of. */
export const serverSoftwareSchema = z.enum(['mastodon', 'gotosocial', 'akkoma', 'pleroma', 'other']);

/**
 * What an account's server can do, learnt in main from its instance document and then from its answers
 * (a 404 or a refused stream). Views ask this instead of guessing from the software's name.
 */
export const serverCapabilitiesSchema = z.object({
  software: serverSoftwareSchema,
  /** The server's own version string, for the sentence that explains a missing feature. */
  version: z.string(),
  /** `api_versions.mastodon` (Mastodon 4.3 on), or null when the server does not say. */
  mastodonApiVersion: z.number().nullable(),
  /** Quote posts (Mastodon 4.5, API version 7). */
  quotes: z.boolean(),
  /** `/api/v2/notifications`, grouped by the server (Mastodon 4.3, API version 2). */
  groupedNotifications: z.boolean(),
  /** `/api/v1/directory`; null until known (a server Atrium does not know is simply asked). */
  directory: z.boolean().nullable(),
  /** The streams the server carries on the shared socket; any other is followed by checking now and then. */
  streams: z.array(streamNameSchema),
});
export type ServerCapabilities = z.infer<typeof serverCapabilitiesSchema>;

/** Every stream Atrium listens to, as today's Mastodon offers them. */
export const allStreams: readonly StreamName[] = streamNameSchema.options;
