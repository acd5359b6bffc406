import { afterEach, describe, expect, it } from 'vitest';
import { discoverAuthorizationServer } from '../../../../main/auth/serverMetadata';
import { type FakeMastodon, startFakeMastodon } from './support/fakeMastodon';

let server: FakeMastodon | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('discoverAuthorizationServer', () => {
  it('reads the well-known document and confirms S256', async () => {
    server = await startFakeMastodon();
    const { server: as, discovered } = await discoverAuthorizationServer(server.url, fetch);
    expect(discovered).toBe(true);
    expect(as.token_endpoint).toBe(`${server.url}/oauth/token`);
    expect(as.code_challenge_methods_supported).toContain('S256');
  });

  it("uses Mastodon's fixed endpoints where there is no document", async () => {
    server = await startFakeMastodon({ wellKnown: false });
    const { server: as, discovered } = await discoverAuthorizationServer(server.url, fetch);
    expect(discovered).toBe(false);
    expect(as.authorization_endpoint).toBe(`${server.url}/oauth/authorize`);
    expect(as.revocation_endpoint).toBe(`${server.url}/oauth/revoke`);
  });

  it('refuses a server whose document offers PKCE without S256', async () => {
    server = await startFakeMastodon({ pkceMethods: ['plain'] });
    await expect(discoverAuthorizationServer(server.url, fetch)).rejects.toMatchObject({
      code: 'pkce_unsupported',
      message: expect.stringMatching(/PKCE with S256/),
    });
  });
});
