/**
 * IT's policy applies to accounts already added, not only at sign-in (issue 16.3): an account on an
 * instance the policy no longer allows is listed as paused, gets no token (so no request, stream or
 * notification carries it), and cannot be made active; allowing the instance again resumes it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountService } from '../../../../main/accounts/accountService';
import { createAccountService } from '../../../../main/accounts/createAccountService';
import { StreamHub } from '../../../../main/api/streamHub';
import { createAtriumCore } from '../../../../main/atrium';
import { DEFAULT_POLICY, toPublicPolicy, type Policy } from '../../../../main/policy/policy';
import { type FakeMastodon, startFakeMastodon } from '../auth/support/fakeMastodon';
import { completeSignInForm } from '../auth/support/formBrowser';
import { MemorySecretStore } from '../vault/memorySecretStore';

let pinnedServer: FakeMastodon;
let otherServer: FakeMastodon;
let dataDir: string;
let secrets: MemorySecretStore;

function makeService(policy: Policy): AccountService {
  return createAccountService({
    dataDir,
    secretStore: secrets,
    policy,
    signInTimeoutMs: 5_000,
    openBrowser: async (url) => void completeSignInForm(url, { username: 'alice', password: 'alice-password' }),
  });
}

/** Signs alice in on both servers with no policy, as before IT pinned one; the other server's account is active. */
async function signInBothWithoutPolicy() {
  const before = makeService(DEFAULT_POLICY);
  const pinned = await before.signIn(pinnedServer.url);
  const other = await before.signIn(otherServer.url);
  return { pinned, other };
}

const pinTo = (url: string): Policy => ({ ...DEFAULT_POLICY, source: '/etc/atrium/policy.json', instanceOrigin: url, allowOtherInstances: false });

beforeEach(async () => {
  pinnedServer = await startFakeMastodon();
  otherServer = await startFakeMastodon();
  dataDir = await mkdtemp(join(tmpdir(), 'atrium-account-policy-'));
  secrets = new MemorySecretStore();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await pinnedServer.close();
  await otherServer.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the policy applied to stored accounts', () => {
  it('pauses, at start, an account on an instance IT no longer allows', async () => {
    const { pinned, other } = await signInBothWithoutPolicy();
    const service = makeService(pinTo(pinnedServer.url));

    const { accounts, activeId } = await service.list();
    expect(accounts.find((a) => a.id === other.id)).toMatchObject({ blockedByPolicy: true });
    expect(accounts.find((a) => a.id === pinned.id)?.blockedByPolicy).toBeUndefined();
    // The stored active account is paused, so the usable one is active.
    expect(activeId).toBe(pinned.id);

    await expect(service.accessToken(other.id)).rejects.toMatchObject({
      code: 'forbidden_by_policy',
      message: `Your organization no longer allows ${new URL(otherServer.url).host} on this computer, so alice's account there is paused.`,
    });
    await expect(service.switchTo(other.id)).rejects.toMatchObject({ code: 'forbidden_by_policy' });
    expect(await service.accessToken(pinned.id)).toEqual(expect.any(String));
  });

  it('applies a changed policy at once, and resumes the account when its instance is allowed again', async () => {
    const { other } = await signInBothWithoutPolicy();
    const service = makeService(DEFAULT_POLICY);
    const changes = vi.fn();
    service.onChange(changes);

    service.applyPolicy(pinTo(pinnedServer.url));
    expect(changes).toHaveBeenCalledTimes(1);
    expect((await service.list()).accounts.find((a) => a.id === other.id)?.blockedByPolicy).toBe(true);
    await expect(service.accessToken(other.id)).rejects.toMatchObject({ code: 'forbidden_by_policy' });

    service.applyPolicy(DEFAULT_POLICY);
    expect((await service.list()).accounts.find((a) => a.id === other.id)?.blockedByPolicy).toBeUndefined();
    expect(otherServer.isTokenValid(await service.accessToken(other.id))).toBe(true);
  });

  it('lets a paused account be signed out (its token is revoked on its own server)', async () => {
    const { other } = await signInBothWithoutPolicy();
    const token = await makeService(DEFAULT_POLICY).accessToken(other.id);
    const service = makeService(pinTo(pinnedServer.url));
    expect(await service.signOut(other.id)).toEqual({ revoked: true });
    expect(otherServer.isTokenValid(token)).toBe(false);
  });

  it('sends no request, opens no stream and subscribes no notifications for a paused account, also after a change', async () => {
    const { pinned, other } = await signInBothWithoutPolicy();
    const policy = pinTo(pinnedServer.url);
    const accounts = makeService(policy);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const subscribe = vi.spyOn(StreamHub.prototype, 'subscribe');
    const errors: unknown[] = [];
    const events: string[] = [];
    const core = createAtriumCore({
      appInfo: { version: 'test', platform: 'linux', demoInstanceUrl: null },
      policy: toPublicPolicy(policy),
      accounts,
      cacheDir: join(dataDir, 'cache'),
      trustedOrigin: 'http://127.0.0.1:1',
      openExternal: async () => undefined,
      desktop: { show: () => undefined, setBadgeCount: () => undefined },
      locale: 'en',
      emit: (event) => events.push(event),
      log: (_call, error) => errors.push(error),
    });
    try {
      // Notifications are subscribed for the usable account only.
      await vi.waitFor(() => expect(subscribe).toHaveBeenCalled());
      expect(subscribe.mock.calls.map(([request]) => request.accountId)).toEqual([pinned.id]);

      const reply = await core.bridge.invoke('callMastodon', 'http://127.0.0.1:1/', { accountId: other.id, path: ['v1', 'accounts', 'verifyCredentials'] });
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden_by_policy' } });
      expect(fetchSpy.mock.calls.some(([input]) => String(input instanceof Request ? input.url : input).startsWith(otherServer.url))).toBe(false);

      // IT now pins the other server: the first account's sockets close and its notifications stop.
      const closeAll = vi.spyOn(core.streams, 'closeAll');
      const unsubscribe = vi.spyOn(core.streams, 'unsubscribe');
      accounts.applyPolicy(pinTo(otherServer.url));
      await vi.waitFor(() => expect(closeAll).toHaveBeenCalledWith(pinned.id));
      await vi.waitFor(() => expect(unsubscribe).toHaveBeenCalled());
      expect(subscribe.mock.calls.map(([request]) => request.accountId)).toEqual([pinned.id, other.id]);

      // The page learns of the new policy too (its pinned address and colour).
      core.applyPolicy(toPublicPolicy(pinTo(otherServer.url)));
      expect(events).toContain('policyChanged');
      expect(await core.bridge.invoke('getPolicy', 'http://127.0.0.1:1/', {})).toMatchObject({ ok: true, value: { pinnedInstanceUrl: otherServer.url } });
    } finally {
      core.dispose();
    }
  });
});
