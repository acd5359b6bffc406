/** Schemes the system may open for a link in a post or profile. */
const externalSchemes = new Set(['https:', 'http:', 'mailto:']);

/**
 * Decides whether a URL may be handed to the operating system. The URL is parsed,
 * never prefix-matched, so `https://example.com.attacker.com` is not `https://example.com`.
 * Returns the normalized URL to open, or null to refuse.
 */
export function safeExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!externalSchemes.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return safeMailto(url);
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** The only `mailto:` fields handed on: some mail programs honour others, such as `attach=` for a local file. */
const mailtoFields = new Set(['to', 'cc', 'subject', 'body']);

/** A `mailto:` link with the recipients and only the fields in {@link mailtoFields}, names in lower case. */
function safeMailto(url: URL): string {
  const fields = [...url.searchParams]
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => mailtoFields.has(name))
    // RFC 6068 wants %20 for a space, not the + that URLSearchParams would write.
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return `mailto:${url.pathname}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}

/**
 * Scheme, host and port of a URL, or null if it does not parse. Unlike `URL.origin`, this also
 * works for the app's own `app://atrium`, which Node treats as an opaque ("null") origin.
 */
export function originOf(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.host === '' ? null : `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
}

/** True when `raw` has exactly `allowedOrigin`'s scheme, host and port. */
export function isSameOrigin(raw: string, allowedOrigin: string): boolean {
  const origin = originOf(raw);
  return origin !== null && origin === originOf(allowedOrigin);
}
