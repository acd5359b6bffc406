/** The servers the sandbox can play. */
export const serverProfileNames = ['mastodon', 'mastodon-4.2', 'gotosocial'] as const;
export type ServerProfileName = (typeof serverProfileNames)[number];

/**
 * How one server differs from today's Mastodon, as far as a client can tell. Every field is a
 * difference documented by the server itself (see the table in test/sandbox/README.md).
 */
export interface ServerProfile {
  name: ServerProfileName;
  /** `version` in the instance documents. */
  version: string;
  /** `source_url` in the v2 instance document. */
  sourceUrl: string;
  /** `api_versions` in the v2 instance document; null when the server predates it (Mastodon < 4.3, GoToSocial). */
  apiVersions: Record<string, number> | null;
  /** Quote posts (Mastodon 4.5): `quoted_status_id` is honoured and `/statuses/:id/quotes` exists. */
  quotes: boolean;
  /** `/api/v2/notifications` (grouped notifications, Mastodon 4.3). */
  groupedNotifications: boolean;
  /** `/api/v1/directory`. */
  directory: boolean;
  /** `/.well-known/oauth-authorization-server` (Mastodon 4.3). */
  oauthMetadata: boolean;
  /** `X-RateLimit-*` headers and the 300-per-5-minutes budget. */
  rateLimit: boolean;
  /** The streams a subscription may name; any other is refused. */
  streams: readonly string[];
  /** How a refused subscription is answered: Mastodon's error message, or nothing at all. */
  refusal: 'error' | 'silence';
  /** Every event labelled with this one stream name instead of the stream it belongs to. */
  eventLabel: string | null;
}

const mastodonStreams = ['user', 'user:notification', 'public', 'public:local', 'public:remote', 'hashtag', 'hashtag:local', 'list', 'direct'];

const profiles: Record<ServerProfileName, ServerProfile> = {
  mastodon: {
    name: 'mastodon',
    version: '4.5.0',
    sourceUrl: 'https://github.com/mastodon/mastodon',
    // Mastodon 4.5 is API version 7 (quotes).
    apiVersions: { mastodon: 7 },
    quotes: true,
    groupedNotifications: true,
    directory: true,
    oauthMetadata: true,
    rateLimit: true,
    streams: mastodonStreams,
    refusal: 'error',
    eventLabel: null,
  },
  'mastodon-4.2': {
    name: 'mastodon-4.2',
    version: '4.2.13',
    sourceUrl: 'https://github.com/mastodon/mastodon',
    apiVersions: null,
    quotes: false,
    groupedNotifications: false,
    directory: true,
    oauthMetadata: false,
    rateLimit: true,
    streams: mastodonStreams,
    refusal: 'error',
    eventLabel: null,
  },
  gotosocial: {
    name: 'gotosocial',
    version: '0.19.1',
    sourceUrl: 'https://github.com/superseriousbusiness/gotosocial',
    apiVersions: null,
    quotes: false,
    groupedNotifications: false,
    directory: false,
    oauthMetadata: false,
    rateLimit: false,
    streams: ['user', 'public', 'public:local', 'list', 'direct'],
    refusal: 'silence',
    eventLabel: 'user',
  },
};

/** The profile of a server the sandbox plays; `mastodon` (today's behaviour) unless named. */
export function serverProfile(name: ServerProfileName = 'mastodon'): ServerProfile {
  return profiles[name];
}

/** True for a name the CLI or a test may pass. */
export const isServerProfileName = (value: string): value is ServerProfileName => (serverProfileNames as readonly string[]).includes(value);
