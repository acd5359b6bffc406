/** What Chromium's proxy settings say for one address. */
export type ProxyChoice = { kind: 'direct' } | { kind: 'proxy'; url: string } | { kind: 'unsupported'; entry: string };

/**
 * Reads the answer of Electron's `session.resolveProxy(url)` (the system's proxy settings, PAC
 * scripts included: `"PROXY proxy.example.org:3128; DIRECT"`) as the proxy main's own connections
 * (API calls, streams, sign-in) should use. The first entry decides, as in Chromium; a SOCKS proxy,
 * which main's HTTP client cannot use, is reported as unsupported.
 */
export function proxyFromChromium(answer: string): ProxyChoice {
  const first = answer.split(';')[0]?.trim() ?? '';
  if (first === '' || first.toUpperCase() === 'DIRECT') return { kind: 'direct' };
  const match = /^(PROXY|HTTPS)\s+([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):(\d{1,5})$/.exec(first);
  if (!match) return { kind: 'unsupported', entry: first };
  const [, type, host, port] = match;
  return { kind: 'proxy', url: `${type === 'HTTPS' ? 'https' : 'http'}://${host}:${port}` };
}
