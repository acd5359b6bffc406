/**
 * A full sign-in against the sandbox instance (test/sandbox), whose SSO form stands in for the
 * organization's identity provider. The "system browser" keeps one cookie jar across sign-ins,
 * like a real browser profile, so the second account only works if `force_login` is honoured.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountService } from '../../../../main/accounts/createAccountService';
import { DEFAULT_POLICY } from '../../../../main/policy/policy';
import { startSandbox, type Sandbox } from '../../../sandbox/index';
import { otherStaff } from '../../../sandbox/testing/otherStaff';
import { completeSignInForm } from '../auth/support/formBrowser';
import { MemorySecretStore } from '../vault/memorySecretStore';

let sandbox: Sandbox;
let dataDir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 12, posts: 20 });
  dataDir = await mkdtemp(join(tmpdir(), 'atrium-sandbox-signin-'));
});
afterAll(async () => {
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('sign-in against the sandbox', () => {
  it('signs in two accounts on the same instance, switches, signs out, and keeps no token on disk', async () => {
    const cookieJar = new Map<string, string>();
    let who = sandbox.demoUser;
    const callbackPages: string[] = [];
    const secrets = new MemorySecretStore();
    const service = createAccountService({
      dataDir,
      secretStore: secrets,
      policy: DEFAULT_POLICY,
      signInTimeoutMs: 10_000,
      openBrowser: async (url) => {
        void completeSignInForm(url, who, cookieJar).then((page) => callbackPages.push(page.callbackPage));
      },
    });

    const first = await service.signIn(sandbox.url);
    expect(first.acct).toBe(sandbox.demoUser.username);
    const firstToken = await service.accessToken(first.id);
    expect(sandbox.isTokenValid(firstToken)).toBe(true);
    await expect.poll(() => callbackPages[0]).toContain('You can close this tab and return to Atrium');

    const [colleague] = await otherStaff(sandbox, 1);
    who = { username: colleague as string, password: sandbox.demoUser.password };
    const second = await service.signIn(sandbox.url);
    // Without force_login the sandbox would have reused the SSO session and signed in the demo user again.
    expect(second.acct).toBe(who.username);
    expect(second.color).not.toBe(first.color);
    expect((await service.list()).activeId).toBe(second.id);

    await service.switchTo(first.id);
    expect((await service.list()).activeId).toBe(first.id);

    const secondToken = await service.accessToken(second.id);
    expect(await service.signOut(second.id)).toEqual({ revoked: true });
    expect(sandbox.isTokenValid(secondToken)).toBe(false);
    expect(sandbox.isTokenValid(firstToken)).toBe(true);
    expect((await service.list()).accounts.map((a) => a.id)).toEqual([first.id]);

    const secretValues = [...secrets.entries.values()];
    expect(secretValues).toContain(firstToken);
    for (const file of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const content = await readFile(join(file.parentPath, file.name), 'utf8');
      for (const secret of [...secretValues, secondToken]) expect(content).not.toContain(secret);
    }
  });
});
