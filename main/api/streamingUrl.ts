import { getDomain } from 'tldts';
import { isLoopbackHost } from '../auth/http';

/** Why Atrium will not open an account's stream: the socket would carry the token somewhere it should not go. */
export class StreamRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'StreamRefused';
  }
}

/**
 * The WebSocket URL of an account's stream, from the streaming base the instance document names
 * (`configuration.urls.streaming`), or a {@link StreamRefused} saying why the token may not go there.
 *
 * The token travels with the socket, so the instance's word alone is not enough: the socket must be
 * encrypted (`wss:`; plain `ws:` only when the instance itself is plain `http:` on this computer) and go
 * to the instance's host or a host of the same site (`streaming.example.org` for `social.example.org`),
 * never to a third party.
 */
export function streamingSocketUrl(streamingUrl: string, instanceUrl: string): URL {
  const instance = new URL(instanceUrl);
  let base: URL;
  try {
    base = new URL(streamingUrl.replace(/^http(s?):/i, 'ws$1:'));
  } catch {
    throw new StreamRefused(`the streaming address "${streamingUrl}" is not a URL`);
  }
  if (base.username !== '' || base.password !== '') throw new StreamRefused(`the streaming address ${base.host} carries credentials`);
  const loopbackInstance = instance.protocol === 'http:' && isLoopbackHost(instance.hostname);
  if (base.protocol !== 'wss:' && !(base.protocol === 'ws:' && loopbackInstance)) {
    throw new StreamRefused(`the streaming address ${base.protocol}//${base.host} is not encrypted (wss:)`);
  }
  if (!sameSite(base.hostname, instance.hostname)) {
    throw new StreamRefused(`the streaming host ${base.hostname} is not ${instance.hostname} or a host of its site`);
  }
  return new URL('/api/v1/streaming', base);
}

/** True for the instance's own host, its registrable domain (`example.org`), and that domain's subdomains. */
function sameSite(hostname: string, instanceHostname: string): boolean {
  if (hostname === instanceHostname) return true;
  // Public-suffix aware: for social.example.co.uk the site is example.co.uk, never co.uk. IPs and localhost have none.
  const site = getDomain(instanceHostname, { allowPrivateDomains: true });
  if (!site) return false;
  return hostname === site || hostname.endsWith(`.${site}`);
}
