/**
 * The page can ask main to probe an address, so a probe goes only where a sign-in could (issue 11.3):
 * https (plain http for a loopback sandbox), no credentials, redirects checked hop by hop, bounded in
 * size and time.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Fetch } from '../../../../main/auth/http';
import { probeInstance } from '../../../../main/auth/instanceProbe';

const instanceDocument = JSON.stringify({ domain: 'social.example.org', title: 'Example', version: '4.3.0', api_versions: { mastodon: 2 } });

/** A fetch that answers from a table, recording what it was asked and how. */
function scriptedFetch(routes: Record<string, () => Response>) {
  const asked: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: Fetch = async (input, init) => {
    const url = String(input);
    asked.push({ url, init });
    const route = routes[url];
    return route ? route() : new Response('not found', { status: 404 });
  };
  return { fetch, asked };
}
const redirect = (location: string) => () => new Response(null, { status: 302, headers: { location } });
const json = (body: string) => () => new Response(body, { headers: { 'content-type': 'application/json' } });

describe('probing from the first screen', () => {
  it('follows an https redirect from the domain to where the API lives, with no credentials and a time limit', async () => {
    const { fetch, asked } = scriptedFetch({
      'https://example.org/api/v2/instance': redirect('https://social.example.org/api/v2/instance'),
      'https://social.example.org/api/v2/instance': json(instanceDocument),
    });
    expect((await probeInstance('example.org', fetch)).url).toBe('https://social.example.org');
    for (const { init } of asked) {
      expect(init?.redirect).toBe('manual');
      expect(init?.signal).toBeInstanceOf(AbortSignal);
      expect(new Headers(init?.headers).has('authorization')).toBe(false);
    }
  });

  it.each([
    ['to plain http', 'http://social.example.org/api/v2/instance'],
    ['into this computer', 'https://127.0.0.1:8443/api/v2/instance'],
    ['into this computer by name', 'https://localhost/api/v2/instance'],
    ['with a password in the address', 'https://user:secret@social.example.org/api/v2/instance'],
    ['to another scheme', 'file:///etc/passwd'],
  ])('refuses a redirect %s', async (_, location) => {
    const { fetch, asked } = scriptedFetch({ 'https://example.org/api/v2/instance': redirect(location) });
    await expect(probeInstance('example.org', fetch)).rejects.toMatchObject({ code: 'redirected', message: expect.stringMatching(/^example\.org tried to send Atrium to /) });
    expect(asked.map((request) => request.url)).toEqual(['https://example.org/api/v2/instance']);
  });

  it('stops after a few redirects', async () => {
    const routes: Record<string, () => Response> = {};
    for (let i = 0; i < 10; i++) routes[`https://h${i}.example.org/api/v2/instance`] = redirect(`https://h${i + 1}.example.org/api/v2/instance`);
    const { fetch, asked } = scriptedFetch(routes);
    await expect(probeInstance('h0.example.org', fetch)).rejects.toMatchObject({ code: 'redirected' });
    expect(asked.length).toBeLessThanOrEqual(6);
  });

  it.each(['http://social.example.org', 'javascript:alert(1)', 'https://user:pw@social.example.org', 'file:///etc/atrium/policy.json'])('refuses to probe %s at all', async (address) => {
    const { fetch, asked } = scriptedFetch({});
    await expect(probeInstance(address, fetch)).rejects.toMatchObject({ code: 'invalid_instance_url' });
    expect(asked).toEqual([]);
  });

  it('stops reading an answer far larger than an instance document', async () => {
    // A real loopback server that streams 4 MB of JSON-looking text.
    const huge = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"title":"');
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 64; i++) response.write(chunk);
      response.end('"}');
    });
    await new Promise<void>((resolve) => huge.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(huge.address() as AddressInfo).port}`;
      await expect(probeInstance(url, fetch)).rejects.toMatchObject({ code: 'too_large' });
    } finally {
      huge.closeAllConnections();
      huge.close();
    }
  });
});
