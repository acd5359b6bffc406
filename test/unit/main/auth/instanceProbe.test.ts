import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { probeInstance } from '../../../../main/auth/instanceProbe';
import { type FakeMastodon, startFakeMastodon } from './support/fakeMastodon';

let server: FakeMastodon | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function startPlainServer(status: number, body: string, type = 'text/html'): Promise<{ url: string; close: () => void }> {
  const plain = createServer((_, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(plain.address() as AddressInfo).port}`, close: () => plain.close() };
}

describe('probeInstance', () => {
  it('reads a current Mastodon from /api/v2/instance, with its capabilities', async () => {
    server = await startFakeMastodon();
    const info = await probeInstance(`${server.url}/`, fetch);
    expect(info).toMatchObject({ url: server.url, title: 'Fake Org', software: 'mastodon', thumbnail: `${server.url}/thumb.png` });
    expect(info.capabilities).toMatchObject({ mastodonApiVersion: 2, directory: true, maxCharacters: 500, maxMediaAttachments: 4 });
  });

  it('tolerates a GoToSocial answer without api_versions, thumbnail or configuration', async () => {
    server = await startFakeMastodon({ gotosocial: true });
    const info = await probeInstance(server.url, fetch);
    expect(info.software).toBe('gotosocial');
    expect(info.thumbnail).toBeNull();
    expect(info.capabilities).toMatchObject({ mastodonApiVersion: null, directory: false, maxCharacters: null });
  });

  it('falls back to /api/v1/instance on an older server', async () => {
    server = await startFakeMastodon({ v2: false });
    const info = await probeInstance(server.url, fetch);
    expect(info).toMatchObject({ url: server.url, title: 'Fake Org', version: '4.1.0', thumbnail: null });
    expect(info.capabilities.streamingUrl).toMatch(/^ws:\/\/127\.0\.0\.1:/);
  });

  it('refuses a web site that is not a Mastodon server, saying so plainly', async () => {
    const site = await startPlainServer(200, '<!doctype html><title>Welcome</title>');
    try {
      await expect(probeInstance(site.url, fetch)).rejects.toMatchObject({
        code: 'not_mastodon',
        message: expect.stringMatching(/does not look like a Mastodon server/),
      });
    } finally {
      site.close();
    }
  });

  it('refuses JSON that is not an instance document', async () => {
    const api = await startPlainServer(200, '{"hello":"world"}', 'application/json');
    try {
      await expect(probeInstance(api.url, fetch)).rejects.toMatchObject({ code: 'not_mastodon' });
    } finally {
      api.close();
    }
  });

  it('reports a server error as such, not as "not Mastodon"', async () => {
    const broken = await startPlainServer(502, 'Bad gateway');
    try {
      await expect(probeInstance(broken.url, fetch)).rejects.toMatchObject({ code: 'server_error', message: expect.stringMatching(/HTTP 502/) });
    } finally {
      broken.close();
    }
  });

  it('reports a server that cannot be reached', async () => {
    const gone = await startPlainServer(200, '');
    gone.close();
    await expect(probeInstance(gone.url, fetch)).rejects.toMatchObject({ code: 'unreachable', message: expect.stringMatching(/could not reach 127\.0\.0\.1/) });
  });

  it('refuses a non-web scheme before sending anything', async () => {
    await expect(probeInstance('ftp://example.org', fetch)).rejects.toMatchObject({ code: 'invalid_instance_url' });
  });
});
