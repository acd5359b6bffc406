import { AtriumFailure } from '../../shared/result';
import { isLoopbackHost } from './http';

const EXAMPLE = 'for example social.example.org';

/**
 * Turns what a person typed into an instance origin (`https://host[:port]`).
 * Accepts `example.org`, `https://example.org/`, `https://example.org/@alice` and a handle such as
 * `@alice@example.org`; refuses other schemes, credentials in the URL, and plain http except on
 * this computer (the sandbox), since a token sent over http can be read on the way.
 */
export function normalizeInstanceUrl(input: string): string {
  let text = input.trim();
  if (text === '') throw invalidUrl(`Type the address of your organization's server, ${EXAMPLE}.`);
  const handle = /^@?[^@/\s:]+@([^@/\s]+)$/.exec(text);
  if (handle?.[1]) text = handle[1];
  // "host:8443" has a colon but no scheme; anything else before a colon is a scheme.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(?:[/?#]|$)/.test(text);
  if (!hasScheme) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidUrl(`"${input.trim()}" is not a web address. Type your server's address, ${EXAMPLE}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidUrl(`Atrium signs in to web servers only: use an address starting with https://, ${EXAMPLE}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw invalidUrl('Leave the user name and password out of the address: you sign in on the next page.');
  }
  if (url.hostname === '') throw invalidUrl(`Type your server's address, ${EXAMPLE}.`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw invalidUrl(`Atrium only signs in over a secure connection: use https://${url.host} instead.`);
  }
  return url.origin;
}

function invalidUrl(message: string): AtriumFailure {
  return new AtriumFailure('invalid_instance_url', message);
}
