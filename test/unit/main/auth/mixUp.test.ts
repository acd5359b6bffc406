/**
 * The OAuth mix-up (issue 16.1): a hostile instance relays Atrium's sign-in to the person's real server
 * and waits at its own token endpoint for the code. The sandbox plays the real server and names itself
 * in `iss` (RFC 9207); the hostile server is written in ./support/mixUpServer.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AccountStore } from '../../../../main/accounts/accountStore';
import { createAccountService } from '../../../../main/accounts/createAccountService';
import { AppRegistry } from '../../../../main/auth/appRegistry';
import { OAuthFlow } from '../../../../main/auth/oauthFlow';
import { fromFile } from '../../../../main/policy/policy';
import { TokenVault } from '../../../../main/vault/tokenVault';
import { startSandbox, type Sandbox } from '../../../sandbox/index';
import { MemorySecretStore } from '../vault/memorySecretStore';
import { completeSignInForm } from './support/formBrowser';
import { type MixUpServer, startMixUpServer } from './support/mixUpServer';

let real: Sandbox;
let hostile: MixUpServer;
let dataDir: string;
/** Every URL Atrium's own fetch asked for in the current test. */
let fetched: string[];

beforeAll(async () => {
  real = await startSandbox({ staff: 5, posts: 5, sendIssuer: true });
  hostile = await startMixUpServer(real.url);
  dataDir = await mkdtemp(join(tmpdir(), 'atrium-mixup-'));
});
afterAll(async () => {
  await hostile.close();
  await real.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  fetched = [];
  hostile.requests.length = 0;
});

const recordingFetch: typeof fetch = (input, init) => {
  fetched.push(input instanceof Request ? input.url : String(input));
  return fetch(input, init);
};

/** A flow whose "browser" follows redirects to whichever sign-in page they lead to, and signs in there. */
function flow(openBrowser?: (url: string) => Promise<void>): OAuthFlow {
  const registry = new AppRegistry({ store: new AccountStore(dataDir), vault: new TokenVault(new MemorySecretStore()), fetch: recordingFetch });
  return new OAuthFlow({
    fetch: recordingFetch,
    registry,
    timeoutMs: 10_000,
    openBrowser:
      openBrowser ??
      (async (url) => {
        void (async () => {
          const first = await fetch(url, { redirect: 'manual' });
          const page = first.status === 302 ? new URL(first.headers.get('location') ?? '', url).href : url;
          await completeSignInForm(page, real.demoUser);
        })();
      }),
  });
}

describe('the OAuth mix-up', () => {
  it('refuses a code whose iss names another server, and never sends it to the hostile token endpoint', async () => {
    await expect(flow().signIn(hostile.url)).rejects.toMatchObject({
      code: 'issuer_mismatch',
      message: expect.stringContaining(`answered by ${new URL(real.url).host}, not by ${new URL(hostile.url).host}`),
    });
    // The relay happened (the person approved on their real server), yet no code reached the hostile server.
    expect(hostile.requests).toContain('GET /oauth/authorize');
    expect(hostile.tokenRequests).toEqual([]);
    expect(hostile.stolenTokens).toEqual([]);
    expect(fetched.filter((url) => url.endsWith('/oauth/token'))).toEqual([]);
  });

  it('refuses an answer without iss from a server that says it always sends one', async () => {
    const injected = flow(async (url) => {
      // An answer from nowhere in particular: right state, a made-up code, no iss.
      const authorize = new URL(url);
      const callback = new URL(authorize.searchParams.get('redirect_uri') ?? '');
      callback.searchParams.set('code', 'planted-code');
      callback.searchParams.set('state', authorize.searchParams.get('state') ?? '');
      void fetch(callback);
    });
    await expect(injected.signIn(real.url)).rejects.toMatchObject({ code: 'issuer_missing' });
    expect(fetched.filter((url) => url.endsWith('/oauth/token'))).toEqual([]);
  });

  it('signs in when iss names the instance it started with', async () => {
    const result = await flow().signIn(real.url);
    expect(result.account.username).toBe(real.demoUser.username);
    expect(real.isTokenValid(result.accessToken)).toBe(true);
  });

  it('on a build pinned to the real server, refuses the hostile instance before asking it anything', async () => {
    const service = createAccountService({
      dataDir,
      secretStore: new MemorySecretStore(),
      policy: fromFile('/etc/atrium/policy.json', { instanceUrl: real.url }),
      fetch: recordingFetch,
      openBrowser: async () => {
        throw new Error('The browser must not open for a refused instance.');
      },
    });
    await expect(service.signIn(hostile.url)).rejects.toMatchObject({ code: 'forbidden_by_policy' });
    await expect(service.probeInstance(hostile.url)).rejects.toMatchObject({ code: 'forbidden_by_policy' });
    expect(hostile.requests).toEqual([]);
    expect(fetched).toEqual([]);
  });
});
