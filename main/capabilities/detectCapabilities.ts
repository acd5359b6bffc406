import { allStreams, type ServerCapabilities } from '../../shared/capabilities';
import type { StreamName } from '../../shared/domain';
import { detectSoftware } from '../auth/instanceProbe';

/**
 * GoToSocial refuses `user:notification` and `hashtag` subscriptions without a word and labels every event
 * `["user"]`, so on its shared socket only `user` can be told apart: it carries home posts and notifications.
 */
const goToSocialStreams: readonly StreamName[] = ['user'];

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** `4.2.13` → [4, 2]; anything else → null. */
function majorMinor(version: string): [number, number] | null {
  const match = /^(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** True for Mastodon at or after `major.minor`, by the version it states. */
function mastodonFrom(version: string, major: number, minor: number): boolean {
  const parsed = majorMinor(version);
  return parsed !== null && (parsed[0] > major || (parsed[0] === major && parsed[1] >= minor));
}

/**
 * What a server can do, read from its v2 instance document (as masto returns it, camelCased). Tolerant:
 * a document that is malformed or missing (`undefined`, an old server) gives the most cautious answer,
 * which the server's answers can still correct later.
 */
export function detectCapabilities(instance: unknown): ServerCapabilities {
  const doc = record(instance);
  const version = typeof doc['version'] === 'string' ? doc['version'] : '';
  const sourceUrl = typeof doc['sourceUrl'] === 'string' ? doc['sourceUrl'] : undefined;
  const apiVersion = record(doc['apiVersions'])['mastodon'];
  const mastodonApiVersion = typeof apiVersion === 'number' && Number.isInteger(apiVersion) && apiVersion >= 0 ? apiVersion : null;
  const software = detectSoftware(version, sourceUrl, mastodonApiVersion !== null);
  const isMastodon = software === 'mastodon';
  // The API version says it outright (Mastodon 4.3 is 2, 4.5 is 7); a Mastodon that predates it has neither feature.
  const atLeast = (api: number, major: number, minor: number) => (mastodonApiVersion !== null ? mastodonApiVersion >= api : isMastodon && mastodonFrom(version, major, minor));
  return {
    software,
    version,
    mastodonApiVersion,
    quotes: atLeast(7, 4, 5),
    groupedNotifications: atLeast(2, 4, 3),
    directory: isMastodon ? true : software === 'gotosocial' ? false : null,
    streams: [...(software === 'gotosocial' ? goToSocialStreams : allStreams)],
  };
}
