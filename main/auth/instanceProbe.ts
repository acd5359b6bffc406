import { z } from 'zod';
import { AtriumFailure } from '../../shared/result';
import { type Fetch, type RequestLimits, isLoopbackHost, requestJson } from './http';
import { normalizeInstanceUrl } from './instanceUrl';

/** Server software Atrium knows the quirks of. */
export type ServerSoftware = 'mastodon' | 'gotosocial' | 'akkoma' | 'pleroma' | 'other';

/** What an instance offers, learnt from its instance document. `null` means "not said; find out when used". */
export interface InstanceCapabilities {
  /** Mastodon API version from `api_versions.mastodon` (Mastodon ≥ 4.3), or `null` when not advertised. */
  readonly mastodonApiVersion: number | null;
  /** Whether `/api/v1/directory` exists (GoToSocial has none). */
  readonly directory: boolean | null;
  readonly translation: boolean;
  readonly maxCharacters: number | null;
  readonly maxMediaAttachments: number | null;
  /** Streaming base URL when the server names one. */
  readonly streamingUrl: string | null;
}

/** An instance as Atrium sees it after probing. */
export interface InstanceInfo {
  /** The origin the API answers on (after redirects), e.g. `https://social.example.org`. */
  readonly url: string;
  readonly domain: string;
  readonly title: string;
  readonly thumbnail: string | null;
  readonly version: string;
  readonly software: ServerSoftware;
  readonly capabilities: InstanceCapabilities;
}

// Tolerant readers: only what identifies a Mastodon-compatible server is required; every optional
// field falls back instead of failing, because GoToSocial, Akkoma and older Mastodon each omit some.
const optionalNumber = z.number().optional().catch(undefined);
const instanceV2Schema = z.object({
  domain: z.string().min(1),
  title: z.string(),
  version: z.string(),
  source_url: z.string().optional().catch(undefined),
  thumbnail: z.object({ url: z.string() }).nullish().catch(null),
  api_versions: z.record(z.string(), z.number()).optional().catch(undefined),
  configuration: z
    .object({
      urls: z.object({ streaming: z.string().optional().catch(undefined) }).optional().catch(undefined),
      statuses: z
        .object({ max_characters: optionalNumber, max_media_attachments: optionalNumber })
        .optional()
        .catch(undefined),
      translation: z.object({ enabled: z.boolean().catch(false) }).optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});
const instanceV1Schema = z.object({
  uri: z.string().min(1),
  title: z.string(),
  version: z.string(),
  thumbnail: z.string().nullish().catch(null),
  urls: z.object({ streaming_api: z.string().optional().catch(undefined) }).optional().catch(undefined),
  configuration: z
    .object({
      statuses: z
        .object({ max_characters: optionalNumber, max_media_attachments: optionalNumber })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
  // Pleroma and Akkoma name the limit this way.
  max_toot_chars: optionalNumber,
});

/**
 * Checks that `input` is a Mastodon-compatible server and says what it offers: reads
 * `/api/v2/instance`, falling back to `/api/v1/instance` for servers that predate it.
 * Throws `invalid_instance_url`, `unreachable`, `server_error` or `not_mastodon` with a plain sentence.
 */
export async function probeInstance(input: string, fetch: Fetch): Promise<InstanceInfo> {
  const origin = normalizeInstanceUrl(input);
  const host = new URL(origin).host;
  const v2 = await requestJson(fetch, `${origin}/api/v2/instance`, { headers: { accept: 'application/json' } }, probeLimits);
  if (v2.status >= 500) {
    throw new AtriumFailure('server_error', `${host} answered with an error (HTTP ${v2.status}). Try again in a few minutes.`);
  }
  const parsedV2 = v2.status === 200 ? instanceV2Schema.safeParse(v2.body) : null;
  if (parsedV2?.success) return fromV2(new URL(v2.url).origin, parsedV2.data);

  const v1 = await requestJson(fetch, `${origin}/api/v1/instance`, { headers: { accept: 'application/json' } }, probeLimits);
  const parsedV1 = v1.status === 200 ? instanceV1Schema.safeParse(v1.body) : null;
  if (parsedV1?.success) return fromV1(new URL(v1.url).origin, parsedV1.data);

  throw new AtriumFailure(
    'not_mastodon',
    `${host} does not look like a Mastodon server: it did not answer Mastodon's instance API. ` +
      "Check the address of your organization's server.",
  );
}

/**
 * The page may ask main to probe any address, so a probe goes only where a sign-in could: an instance's
 * domain may redirect to where its API lives (`example.org` to `social.example.org`), but only over https,
 * with no user name or password in the address, and never from a remote server into this computer
 * (plain http is for a loopback sandbox, and only when the probe started there). Probes carry no credentials.
 */
const probeLimits: RequestLimits = {
  followRedirect: (to, from) => {
    if (to.username !== '' || to.password !== '') return false;
    if (isLoopbackHost(to.hostname)) return isLoopbackHost(from.hostname) && (to.protocol === 'https:' || to.protocol === 'http:');
    return to.protocol === 'https:';
  },
};

function fromV2(origin: string, doc: z.infer<typeof instanceV2Schema>): InstanceInfo {
  const software = detectSoftware(doc.version, doc.source_url, doc.api_versions !== undefined);
  return {
    url: origin,
    domain: doc.domain,
    title: doc.title || doc.domain,
    thumbnail: absoluteHttpUrl(doc.thumbnail?.url, origin),
    version: doc.version,
    software,
    capabilities: {
      mastodonApiVersion: doc.api_versions?.['mastodon'] ?? null,
      directory: directorySupport(software),
      translation: doc.configuration?.translation?.enabled ?? false,
      maxCharacters: doc.configuration?.statuses?.max_characters ?? null,
      maxMediaAttachments: doc.configuration?.statuses?.max_media_attachments ?? null,
      streamingUrl: absoluteHttpUrl(doc.configuration?.urls?.streaming, origin, ['wss:', 'ws:']),
    },
  };
}

function fromV1(origin: string, doc: z.infer<typeof instanceV1Schema>): InstanceInfo {
  const software = detectSoftware(doc.version, undefined, false);
  return {
    url: origin,
    domain: doc.uri.replace(/^https?:\/\//, '').replace(/\/$/, ''),
    title: doc.title || doc.uri,
    thumbnail: absoluteHttpUrl(doc.thumbnail ?? undefined, origin),
    version: doc.version,
    software,
    capabilities: {
      mastodonApiVersion: null,
      directory: directorySupport(software),
      translation: false,
      maxCharacters: doc.configuration?.statuses?.max_characters ?? doc.max_toot_chars ?? null,
      maxMediaAttachments: doc.configuration?.statuses?.max_media_attachments ?? null,
      streamingUrl: absoluteHttpUrl(doc.urls?.streaming_api, origin, ['wss:', 'ws:']),
    },
  };
}

/** Names the server software from its version string and source address (a Mastodon that says `api_versions` is Mastodon). */
export function detectSoftware(version: string, sourceUrl: string | undefined, hasApiVersions: boolean): ServerSoftware {
  const text = `${version} ${sourceUrl ?? ''}`.toLowerCase();
  if (text.includes('akkoma')) return 'akkoma';
  if (text.includes('pleroma')) return 'pleroma';
  if (text.includes('gotosocial')) return 'gotosocial';
  if (hasApiVersions || text.includes('mastodon/mastodon')) return 'mastodon';
  // Mastodon's own version string is plain semver; compatible servers add "(compatible; …)".
  if (/^[1-9]\d*\.\d+\.\d+/.test(version) && !text.includes('compatible')) return 'mastodon';
  return 'other';
}

function directorySupport(software: ServerSoftware): boolean | null {
  if (software === 'mastodon') return true;
  if (software === 'gotosocial') return false;
  return null;
}

/** Resolves a URL the server sent against its origin; anything that is not web (or, for streams, ws) is dropped. */
function absoluteHttpUrl(value: string | undefined, origin: string, extra: string[] = []): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, origin);
    return ['https:', 'http:', ...extra].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
