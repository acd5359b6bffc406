/**
 * Tokens that end when they should (issue 16.2), against the sandbox, which matches redirect URIs
 * exactly and, like Mastodon, refuses (403) to revoke a token for any client but the one that issued it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccountService } from '../../../../main/accounts/accountService';
import { createAccountService } from '../../../../main/accounts/createAccountService';
import { DEFAULT_POLICY } from '../../../../main/policy/policy';
import { startSandbox, type Sandbox } from '../../../sandbox/index';
import { otherStaff } from '../../../sandbox/testing/otherStaff';
import { completeSignInForm } from '../auth/support/formBrowser';
import { MemorySecretStore } from '../vault/memorySecretStore';

let sandbox: Sandbox;
let colleague: { username: string; password: string };
let dataDir: string;
let secrets: MemorySecretStore;
/** Who the "system browser" signs in as next. */
let who: { username: string; password: string };

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 8, posts: 10 });
  const [name] = await otherStaff(sandbox, 1);
  colleague = { username: name as string, password: sandbox.password };
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'atrium-revocation-'));
  secrets = new MemorySecretStore();
  who = sandbox.demoUser;
});
afterEach(async () => {
  await sandbox.misbehave.up();
  await rm(dataDir, { recursive: true, force: true });
});

function makeService(): AccountService {
  return createAccountService({
    dataDir,
    secretStore: secrets,
    policy: DEFAULT_POLICY,
    signInTimeoutMs: 10_000,
    // force_login is passed on a second sign-in to the same instance, so no cookie jar is needed.
    openBrowser: async (url) => void completeSignInForm(url, who),
  });
}

interface FileRegistration {
  origin: string;
  clientId: string;
  redirectUri: string;
  port: number;
  scopes: string;
  registeredAt: string;
}
const accountsFile = async () =>
  JSON.parse(await readFile(join(dataDir, 'accounts.json'), 'utf8')) as {
    accounts: Record<string, unknown>[];
    registrations: Record<string, FileRegistration>;
  };

describe('revoking tokens', () => {
  it('revokes a token issued by an older registration after the remembered port was taken', async () => {
    const service = makeService();
    const first = await service.signIn(sandbox.url);
    const firstToken = await service.accessToken(first.id);
    const [firstRegistration] = Object.values((await accountsFile()).registrations);

    // Another program holds the remembered port: the next sign-in registers anew on another port.
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(firstRegistration?.port, '127.0.0.1', resolve));
    who = colleague;
    let second;
    try {
      second = await service.signIn(sandbox.url);
    } finally {
      squatter.close();
    }
    expect(Object.keys((await accountsFile()).registrations)).toHaveLength(2);

    expect(await service.signOut(first.id)).toEqual({ revoked: true });
    expect(sandbox.isTokenValid(firstToken)).toBe(false);
    expect(sandbox.isTokenValid(await service.accessToken(second.id))).toBe(true);
    // The older registration served its last token: it and its secret are gone.
    expect(Object.values((await accountsFile()).registrations).map((r) => r.clientId)).not.toContain(firstRegistration?.clientId);
    expect([...secrets.entries.keys()].filter((key) => key.includes('client-secret:'))).toHaveLength(1);
  });

  it('revokes the old token when the same account signs in again', async () => {
    const service = makeService();
    const account = await service.signIn(sandbox.url);
    const oldToken = await service.accessToken(account.id);
    await service.signIn(sandbox.url, { forceLogin: true });
    const newToken = await service.accessToken(account.id);
    expect(newToken).not.toBe(oldToken);
    expect(sandbox.isTokenValid(oldToken)).toBe(false);
    expect(sandbox.isTokenValid(newToken)).toBe(true);
    expect([...secrets.entries.values()]).not.toContain(oldToken);
  });

  it('keeps a sign-out the server did not hear about pending, and revokes on the retry', async () => {
    const service = makeService();
    const account = await service.signIn(sandbox.url);
    const token = await service.accessToken(account.id);
    await sandbox.misbehave.down();
    expect(await service.signOut(account.id)).toEqual({ revoked: false });
    expect((await service.list()).accounts).toEqual([{ ...account, signOutPending: true }]);
    expect(sandbox.isTokenValid(token)).toBe(true);

    await sandbox.misbehave.up();
    expect(await service.signOut(account.id)).toEqual({ revoked: true });
    expect(sandbox.isTokenValid(token)).toBe(false);
    expect(await service.list()).toEqual({ accounts: [], activeId: null });
    expect([...secrets.entries.values()]).not.toContain(token);
  });

  it('tries a pending sign-out again at the next start', async () => {
    const account = await makeService().signIn(sandbox.url);
    const token = await makeService().accessToken(account.id);
    const first = makeService();
    await sandbox.misbehave.down();
    expect(await first.signOut(account.id)).toEqual({ revoked: false });
    await sandbox.misbehave.up();

    const restarted = makeService();
    await restarted.retryPendingSignOuts();
    expect(await restarted.list()).toEqual({ accounts: [], activeId: null });
    expect(sandbox.isTokenValid(token)).toBe(false);
  });

  it('keeps accounts signed in from a version 1 file, and revokes their tokens with the secret filed the old way', async () => {
    const account = await makeService().signIn(sandbox.url);
    // Rewrite what this sign-in stored the way version 1 did: one app per instance, one secret per instance.
    const current = await accountsFile();
    const [registration] = Object.values(current.registrations);
    if (!registration) throw new Error('The sign-in stored no registration.');
    const { origin, ...app } = registration;
    const v1 = { version: 1, activeId: account.id, accounts: current.accounts.map(({ registrationId: _, ...rest }) => rest), apps: { [origin]: app } };
    await writeFile(join(dataDir, 'accounts.json'), JSON.stringify(v1));
    const [secretKey, secret] = [...secrets.entries].find(([key]) => key.includes('client-secret:')) ?? [];
    secrets.entries.delete(secretKey ?? '');
    secrets.entries.set(`Atrium\u0000client-secret:${origin}`, secret ?? '');

    const restarted = makeService();
    expect(await restarted.list()).toEqual({ accounts: [account], activeId: account.id });
    const token = await restarted.accessToken(account.id);
    expect(sandbox.isTokenValid(token)).toBe(true);
    expect(await restarted.signOut(account.id)).toEqual({ revoked: true });
    expect(sandbox.isTokenValid(token)).toBe(false);
  });
});
