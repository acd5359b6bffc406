import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountStore } from '../../../../main/accounts/accountStore';
import { AppRegistry } from '../../../../main/auth/appRegistry';
import { OAuthFlow } from '../../../../main/auth/oauthFlow';
import { TokenVault } from '../../../../main/vault/tokenVault';
import { MemorySecretStore } from '../vault/memorySecretStore';
import { type FakeMastodon, startFakeMastodon } from './support/fakeMastodon';
import { type Credentials, type FormBrowserResult, completeSignInForm } from './support/formBrowser';

let server: FakeMastodon;
let dataDir: string;
let registry: AppRegistry;

beforeEach(async () => {
  server = await startFakeMastodon();
  dataDir = await mkdtemp(join(tmpdir(), 'atrium-oauth-'));
  registry = new AppRegistry({ store: new AccountStore(dataDir), vault: new TokenVault(new MemorySecretStore()), fetch });
});
afterEach(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A flow whose "system browser" fills the sign-in form as `credentials`. */
function flowSigningInAs(credentials: Credentials, pages: FormBrowserResult[] = [], timeoutMs = 5_000): OAuthFlow {
  return new OAuthFlow({
    fetch,
    registry,
    timeoutMs,
    openBrowser: async (url) => {
      // Like a real browser, the page loads on its own while Atrium waits.
      void completeSignInForm(url, credentials).then((page) => pages.push(page));
    },
  });
}

describe('OAuthFlow', () => {
  it('signs in with PKCE and state through the system browser and says who signed in', async () => {
    const pages: FormBrowserResult[] = [];
    const result = await flowSigningInAs({ username: 'alice', password: 'alice-password' }, pages).signIn(server.url);
    expect(result.account).toMatchObject({ id: '101', username: 'alice', display_name: 'Alice Example' });
    expect(server.isTokenValid(result.accessToken)).toBe(true);

    const [app] = server.apps;
    const [authorize] = server.authorizeRequests;
    expect(app?.scopes).toBe('read write push');
    expect(app?.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(authorize?.get('redirect_uri')).toBe(app?.redirectUri);
    expect(authorize?.get('code_challenge_method')).toBe('S256');
    expect(authorize?.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize?.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(authorize?.get('scope')).toBe('read write push');
    expect(authorize?.has('force_login')).toBe(false);
    await expect.poll(() => pages[0]?.callbackPage).toContain('You can close this tab and return to Atrium');
  });

  it('reuses the registration and its port, and passes force_login when asked', async () => {
    const flow = flowSigningInAs({ username: 'bob', password: 'bob-password' });
    await flow.signIn(server.url);
    await flow.signIn(server.url, { forceLogin: true });
    expect(server.apps).toHaveLength(1);
    expect(server.authorizeRequests[1]?.get('redirect_uri')).toBe(server.apps[0]?.redirectUri);
    expect(server.authorizeRequests[1]?.get('force_login')).toBe('true');
  });

  it('registers anew, on another port, when the remembered port is taken', async () => {
    const flow = flowSigningInAs({ username: 'bob', password: 'bob-password' });
    await flow.signIn(server.url);
    const firstPort = Number(new URL(server.apps[0]?.redirectUri ?? '').port);
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(firstPort, '127.0.0.1', resolve));
    try {
      const result = await flow.signIn(server.url);
      expect(server.isTokenValid(result.accessToken)).toBe(true);
      expect(server.apps).toHaveLength(2);
      expect(Number(new URL(server.apps[1]?.redirectUri ?? '').port)).not.toBe(firstPort);
    } finally {
      squatter.close();
    }
  });

  it('finishes a sign-in that a web page tried to cancel by sending a forged callback first', async () => {
    const flow = new OAuthFlow({
      fetch,
      registry,
      timeoutMs: 5_000,
      openBrowser: async (url) => {
        void (async () => {
          const callback = new URL(new URL(url).searchParams.get('redirect_uri') ?? '');
          // What an <img> on any web page can do once it knows the port.
          await fetch(`${callback.href}?error=access_denied&state=guessed`);
          await completeSignInForm(url, { username: 'alice', password: 'alice-password' });
        })();
      },
    });
    const result = await flow.signIn(server.url);
    expect(server.isTokenValid(result.accessToken)).toBe(true);
  });

  it('refuses with a clear message when the person denies access at the server', async () => {
    const flow = flowSigningInAs({ username: 'alice', password: 'alice-password', deny: true });
    await expect(flow.signIn(server.url)).rejects.toMatchObject({
      code: 'sign_in_denied',
      message: expect.stringMatching(/was cancelled or access was refused/),
    });
  });

  it('gives up with a clear message when the browser never comes back', async () => {
    const flow = new OAuthFlow({ fetch, registry, timeoutMs: 200, openBrowser: async () => undefined });
    await expect(flow.signIn(server.url)).rejects.toMatchObject({ code: 'sign_in_timeout' });
  });

  it('works without the well-known document (older Mastodon, GoToSocial)', async () => {
    await server.close();
    server = await startFakeMastodon({ wellKnown: false, gotosocial: true });
    const result = await flowSigningInAs({ username: 'alice', password: 'alice-password' }).signIn(server.url);
    expect(server.isTokenValid(result.accessToken)).toBe(true);
  });

  it('revokes a token, and says false when the server cannot be reached', async () => {
    const flow = flowSigningInAs({ username: 'alice', password: 'alice-password' });
    const { accessToken, registrationId } = await flow.signIn(server.url);
    expect(await flow.revoke(server.url, accessToken, 'no-such-registration')).toBe(false);
    expect(server.isTokenValid(accessToken)).toBe(true);
    expect(await flow.revoke(server.url, accessToken, registrationId)).toBe(true);
    expect(server.isTokenValid(accessToken)).toBe(false);
    await server.close();
    expect(await flow.revoke(server.url, accessToken, registrationId)).toBe(false);
  });
});
