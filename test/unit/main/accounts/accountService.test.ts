import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountService } from '../../../../main/accounts/accountService';
import { createAccountService } from '../../../../main/accounts/createAccountService';
import { DEFAULT_POLICY, type Policy } from '../../../../main/policy/policy';
import { accountSummarySchema } from '../../../../shared/domain';
import { type FakeMastodon, startFakeMastodon } from '../auth/support/fakeMastodon';
import { completeSignInForm } from '../auth/support/formBrowser';
import { MemorySecretStore } from '../vault/memorySecretStore';

let server: FakeMastodon;
let dataDir: string;
let secrets: MemorySecretStore;
/** Who the "system browser" signs in as next. */
let nextUser = { username: 'alice', password: 'alice-password' };

function makeService(policy: Policy = DEFAULT_POLICY): AccountService {
  return createAccountService({
    dataDir,
    secretStore: secrets,
    policy,
    signInTimeoutMs: 5_000,
    openBrowser: async (url) => {
      void completeSignInForm(url, nextUser);
    },
  });
}

beforeEach(async () => {
  server = await startFakeMastodon();
  dataDir = await mkdtemp(join(tmpdir(), 'atrium-accounts-'));
  secrets = new MemorySecretStore();
  nextUser = { username: 'alice', password: 'alice-password' };
});
afterEach(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('AccountService', () => {
  it('signs in, keeps the token in the keychain and nothing secret in the data folder', async () => {
    const service = makeService();
    const account = await service.signIn(server.url);
    expect(accountSummarySchema.parse(account)).toEqual({
      id: `101@${new URL(server.url).host}`,
      instanceUrl: server.url,
      acct: 'alice',
      displayName: 'Alice Example',
      avatar: `${server.url}/avatars/101.png`,
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      needsSignIn: false,
    });
    expect(await service.list()).toEqual({ accounts: [account], activeId: account.id });

    const token = await service.accessToken(account.id);
    expect(server.isTokenValid(token)).toBe(true);
    const secretsKept = [...secrets.entries.values()];
    expect(secretsKept).toContain(token);
    expect(secretsKept).toContain(server.apps[0]?.clientSecret);

    // Scan every file in the data folder for every secret.
    const files = await readdir(dataDir, { recursive: true, withFileTypes: true });
    expect(files.filter((f) => f.isFile()).length).toBeGreaterThan(0);
    for (const file of files.filter((f) => f.isFile())) {
      const content = await readFile(join(file.parentPath, file.name), 'utf8');
      for (const secret of secretsKept) expect(content).not.toContain(secret);
    }
  });

  it('adds a second account on the same instance with force_login, a distinct colour, and switches', async () => {
    const service = makeService();
    const changes: number[] = [];
    const unsubscribe = service.onChange(() => changes.push(changes.length));
    const alice = await service.signIn(server.url);
    nextUser = { username: 'bob', password: 'bob-password' };
    const bob = await service.signIn(server.url);
    expect(server.authorizeRequests[0]?.has('force_login')).toBe(false);
    expect(server.authorizeRequests[1]?.get('force_login')).toBe('true');
    expect(server.apps).toHaveLength(1);
    expect(bob.color).not.toBe(alice.color);
    expect(bob.displayName).toBe('bob');
    expect((await service.list()).activeId).toBe(bob.id);

    await service.switchTo(alice.id);
    expect((await service.list()).activeId).toBe(alice.id);
    await expect(service.switchTo('nobody@nowhere')).rejects.toMatchObject({ code: 'unknown_account' });
    expect(changes.length).toBe(3);
    unsubscribe();
    await service.switchTo(bob.id);
    expect(changes.length).toBe(3);
  });

  it('marks an account whose token was refused, and one sign-in restores it', async () => {
    const service = makeService();
    const alice = await service.signIn(server.url);
    await service.markNeedsSignIn(alice.id);
    expect((await service.list()).accounts[0]?.needsSignIn).toBe(true);
    await expect(service.accessToken(alice.id)).rejects.toMatchObject({ code: 'needs_sign_in', message: expect.stringMatching(/Sign in again as alice/) });

    const again = await service.signIn(alice.instanceUrl);
    expect(again).toMatchObject({ id: alice.id, color: alice.color, needsSignIn: false });
    expect((await service.list()).accounts).toHaveLength(1);
    expect(server.isTokenValid(await service.accessToken(alice.id))).toBe(true);
  });

  it('signs out: revokes the token, forgets it and removes the account', async () => {
    const service = makeService();
    const alice = await service.signIn(server.url);
    nextUser = { username: 'bob', password: 'bob-password' };
    const bob = await service.signIn(server.url);
    const token = await service.accessToken(bob.id);

    expect(await service.signOut(bob.id)).toEqual({ revoked: true });
    expect(server.isTokenValid(token)).toBe(false);
    expect([...secrets.entries.values()]).not.toContain(token);
    expect(await service.list()).toEqual({ accounts: [alice], activeId: alice.id });
    await expect(service.accessToken(bob.id)).rejects.toMatchObject({ code: 'unknown_account' });
  });

  it('keeps an account whose sign-out could not reach the server as pending, unusable, until forgotten', async () => {
    const service = makeService();
    const alice = await service.signIn(server.url);
    await server.close();
    expect(await service.signOut(alice.id)).toEqual({ revoked: false });
    expect(await service.list()).toEqual({ accounts: [{ ...alice, signOutPending: true }], activeId: null });
    await expect(service.accessToken(alice.id)).rejects.toMatchObject({ code: 'signed_out' });
    await expect(service.switchTo(alice.id)).rejects.toMatchObject({ code: 'signed_out' });
    // The token stays in the keychain only so that a retry can still revoke it.
    expect([...secrets.entries.keys()].some((k) => k.includes('token:'))).toBe(true);

    await service.forget(alice.id);
    expect(await service.list()).toEqual({ accounts: [], activeId: null });
    expect([...secrets.entries.keys()].some((k) => k.includes('token:'))).toBe(false);
  });

  it('forgets only accounts that were signed out', async () => {
    const service = makeService();
    const alice = await service.signIn(server.url);
    await expect(service.forget(alice.id)).rejects.toMatchObject({ code: 'not_signed_out' });
    expect((await service.list()).accounts).toHaveLength(1);
  });

  it('probes an instance for the first screen', async () => {
    expect(await makeService().probeInstance(`${server.url}/`)).toEqual({
      url: server.url,
      domain: new URL(server.url).host,
      title: 'Fake Org',
      thumbnail: `${server.url}/thumb.png`,
    });
  });

  it('enforces a pinned instance before anything is sent', async () => {
    const pinned: Policy = { ...DEFAULT_POLICY, instanceOrigin: 'https://social.example.org', allowOtherInstances: false };
    const service = makeService(pinned);
    await expect(service.probeInstance(server.url)).rejects.toMatchObject({ code: 'forbidden_by_policy' });
    await expect(service.signIn(server.url)).rejects.toMatchObject({
      code: 'forbidden_by_policy',
      message: expect.stringMatching(/only allows signing in to social\.example\.org/),
    });
    expect(server.apps).toHaveLength(0);
  });

  it('refuses to sign in when the keychain is unavailable, and writes no account', async () => {
    secrets.set = () => Promise.reject(Object.assign(new Error('No system keychain is available'), { code: 'keychain_unavailable' }));
    const service = makeService();
    await expect(service.signIn(server.url)).rejects.toThrow(/No system keychain/);
    expect((await service.list()).accounts).toEqual([]);
  });
});
