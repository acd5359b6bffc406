import { isLoopbackHost } from '../auth/http';

/**
 * What a link handed to Atrium by the operating system asks for: a post or a profile to show in the
 * side panel. `query` is what the renderer looks up on the active account's server (Mastodon's search
 * resolves a post's canonical URL and a handle `user@host`).
 */
export type DeepLink = { kind: 'status'; query: string } | { kind: 'account'; query: string };

/** The scheme Mastodon's web app registers for `web+mastodon://follow?uri=…` and share links. */
export const MASTODON_SCHEME = 'web+mastodon:';

/** Longer than any real post or profile address: a link this long is refused unread. */
const MAX_LINK_LENGTH = 2048;

// A user name as Mastodon allows it; a host as a URL parser leaves it (lower case, punycode).
const userPart = /^[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*$/;
const hostPart = /^[a-z0-9.-]+(?::\d{1,5})?$/;
// Mastodon status ids are numeric (snowflakes); other servers use short alphanumeric ids.
const statusId = /^[A-Za-z0-9]{1,64}$/;

/**
 * Reads a link the operating system handed to Atrium (`web+mastodon:` or an address on the
 * organization's server) and says which post or profile it points to, or `null` to refuse it.
 * Parsed, never prefix-matched: `https://social.example.org.attacker.test/@a` is not the
 * organization's server. Refused: other servers, other schemes, user names or passwords in the
 * address, control characters, paths that climb (`..`) or hide a slash (`%2F`), and anything else
 * that is not plainly a profile or a post.
 */
export function parseDeepLink(raw: string, organizationOrigin: string | null): DeepLink | null {
  if (raw.length > MAX_LINK_LENGTH || /[\s\\]/.test(raw) || hasControlCharacter(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === MASTODON_SCHEME) return fromIntent(url);
  if (organizationOrigin === null || url.origin !== organizationOrigin) return null;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) return null;
  return fromPath(url);
}

/** `web+mastodon://follow?uri=acct:alice@example.org` (or `uri=alice@example.org`, or a profile's https address). */
function fromIntent(url: URL): DeepLink | null {
  // `web+mastodon://follow?…` parses with `follow` as the host; `web+mastodon:follow?…` as the path.
  const action = url.host || url.pathname.replace(/^\/+/, '');
  if (action !== 'follow') return null;
  const uri = url.searchParams.get('uri') ?? '';
  const handle = uri.replace(/^acct:/, '').replace(/^@/, '');
  if (isHandle(handle)) return { kind: 'account', query: handle.toLowerCase() };
  return null;
}

/** `/@alice`, `/@alice@other.example`, `/@alice/123`, `/users/alice`, `/users/alice/statuses/123`. */
function fromPath(url: URL): DeepLink | null {
  if (/%2f|%5c|%2e/i.test(url.pathname)) return null;
  const segments = url.pathname.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop();
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const host = url.host;
  const [first, second, third, fourth] = segments;
  if (first?.startsWith('@')) {
    const handle = first.slice(1);
    const user = handle.split('@')[0] ?? '';
    if (!isHandle(handle.includes('@') ? handle : `${handle}@${host}`)) return null;
    if (segments.length === 1) return { kind: 'account', query: handle.includes('@') ? handle.toLowerCase() : `${user}@${host}`.toLowerCase() };
    if (segments.length === 2 && second && statusId.test(second)) return { kind: 'status', query: `${url.origin}/@${handle}/${second}` };
    return null;
  }
  if (first === 'users' && second && userPart.test(second)) {
    if (segments.length === 2) return { kind: 'account', query: `${second}@${host}`.toLowerCase() };
    if (segments.length === 4 && third === 'statuses' && fourth && statusId.test(fourth)) return { kind: 'status', query: `${url.origin}/users/${second}/statuses/${fourth}` };
  }
  return null;
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function isHandle(handle: string): boolean {
  const [user, host, ...rest] = handle.split('@');
  return rest.length === 0 && user !== undefined && host !== undefined && userPart.test(user) && hostPart.test(host.toLowerCase()) && user.length <= 64 && host.length <= 253;
}

/** The arguments of a second launch (Windows and Linux pass the link as an argument) that look like links. */
export function linksInArguments(argv: readonly string[]): string[] {
  return argv.filter((argument) => /^(?:web\+mastodon|https?):/i.test(argument));
}
