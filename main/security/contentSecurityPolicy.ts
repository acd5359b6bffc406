/**
 * The renderer's Content-Security-Policy. `connect-src 'none'`: the page cannot reach
 * the network with fetch, XHR or WebSocket, so a script injected through a post can
 * neither find a token nor phone home. Images and media may load from https (avatars,
 * attachments) and, for the sandbox and self-hosted test servers, http.
 */
export function rendererCsp(options: { allowInsecureMedia: boolean }): string {
  const media = options.allowInsecureMedia ? "'self' data: blob: https: http:" : "'self' data: blob: https:";
  return [
    "default-src 'none'",
    "script-src 'self'",
    // React applies style objects through the CSSOM, which CSP does not govern; inline style attributes stay blocked.
    "style-src 'self'",
    "font-src 'self'",
    `img-src ${media}`,
    `media-src ${media}`,
    "connect-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Reads the sources a CSP directive allows, for tests and the test host's checks. */
export function cspDirective(csp: string, name: string): string[] | undefined {
  const directive = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return directive?.slice(1);
}
