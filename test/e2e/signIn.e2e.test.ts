import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../main/vault/keytarSecretStore';
import { TokenVault } from '../../main/vault/tokenVault';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { otherStaff } from '../sandbox/testing/otherStaff';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 40, posts: 300, seed: 11 });
  atrium = await startAtrium({ demoInstanceUrl: sandbox.url });
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('signing in through the organization', () => {
  it('signs in, adds a second account, switches, and signs out for real', async () => {
    const { page } = atrium;
    const [colleague] = await otherStaff(sandbox, 1);
    const host = new URL(sandbox.url).host;

    // Before the browser opens, Atrium names the server the person is about to trust.
    await page.getByLabel("Your organization's address").fill(sandbox.url);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: "Is this your organization's server?" }).waitFor();
    await expect(page.getByText(host, { exact: true }).isVisible()).resolves.toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Continue to sign-in');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.screenshot({ path: path.join(docsDir, 'sign-in-trust.png') });
    expect(atrium.bridgeCalls.map((entry) => entry.call)).not.toContain('signIn');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Sign in to your organization' }).waitFor();

    await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
    const first = `@${sandbox.demoUser.username}@${host}`;
    await page.getByRole('button', { name: `Accounts — active: ${first}` }).waitFor();

    // A second account on the same instance: the identity provider must ask again (force_login).
    await page.getByRole('button', { name: `Accounts — active: ${first}` }).click();
    await page.getByRole('menuitem', { name: 'Add an account' }).click();
    await page.getByRole('heading', { name: 'Add an account' }).waitFor();
    await signInThroughBrowser(atrium, sandbox.url, { username: colleague!, password: sandbox.password });
    const second = `@${colleague}@${host}`;
    await page.getByRole('button', { name: `Accounts — active: ${second}` }).waitFor();

    // Ctrl+1 goes back to the first account.
    await page.keyboard.press('Control+1');
    await page.getByRole('button', { name: `Accounts — active: ${first}` }).waitFor();
    await page.screenshot({ path: path.join(docsDir, 'signed-in-again.png') });

    // No token in any file of the data folder.
    const accounts = JSON.parse(await readFile(path.join(atrium.dataDir, 'accounts.json'), 'utf8')) as { accounts: { id: string }[] };
    const vault = new TokenVault(new KeytarSecretStore(), `Atrium e2e ${path.basename(atrium.dataDir)}`);
    const tokens = await Promise.all(accounts.accounts.map((account) => vault.accessToken(account.id)));
    expect(tokens.every((token) => typeof token === 'string' && token.length > 10)).toBe(true);
    for (const file of await filesUnder(atrium.dataDir)) {
      const text = await readFile(file, 'utf8');
      for (const token of tokens) expect(text.includes(token as string), `${file} holds a token`).toBe(false);
    }

    // Sign out of the first account: the sandbox no longer accepts its token.
    expect(sandbox.isTokenValid(tokens[0] as string)).toBe(true);
    await page.getByRole('button', { name: `Accounts — active: ${first}` }).click();
    await page.getByRole('menuitem', { name: `Sign out of ${first}` }).click();
    await page.getByRole('button', { name: `Accounts — active: ${second}` }).waitFor();
    expect(sandbox.isTokenValid(tokens[0] as string)).toBe(false);
    await expect(vault.accessToken(accounts.accounts[0]!.id)).resolves.toBeNull();
  });

  it('keeps a sign-out the server did not hear about in view until it is revoked', async () => {
    const { page } = atrium;
    const host = new URL(sandbox.url).host;
    const before = JSON.parse(await readFile(path.join(atrium.dataDir, 'accounts.json'), 'utf8')) as { accounts: { acct: string }[] };
    const stays = `@${before.accounts[0]?.acct}@${host}`;
    const [, third] = await otherStaff(sandbox, 2);
    await page.getByRole('button', { name: `Accounts — active: ${stays}` }).click();
    await page.getByRole('menuitem', { name: 'Add an account' }).click();
    await signInThroughBrowser(atrium, sandbox.url, { username: third!, password: sandbox.password });
    const leaving = `@${third}@${host}`;
    await page.getByRole('button', { name: `Accounts — active: ${leaving}` }).waitFor();
    const accounts = JSON.parse(await readFile(path.join(atrium.dataDir, 'accounts.json'), 'utf8')) as { accounts: { id: string; acct: string }[] };
    const leavingId = accounts.accounts.find((account) => account.acct === third)?.id ?? '';
    const vault = new TokenVault(new KeytarSecretStore(), `Atrium e2e ${path.basename(atrium.dataDir)}`);
    const token = (await vault.accessToken(leavingId)) ?? '';
    expect(sandbox.isTokenValid(token)).toBe(true);

    await sandbox.misbehave.down();
    try {
      await page.getByRole('button', { name: `Accounts — active: ${leaving}` }).click();
      await page.getByRole('menuitem', { name: `Sign out of ${leaving}` }).click();
      // The other account takes over, and a notice says the old sign-in may still work on the server.
      await page.getByRole('button', { name: `Accounts — active: ${stays}` }).waitFor();
      await page.getByRole('heading', { name: `Signed out of ${leaving} here, but not on the server yet` }).waitFor();
      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => violation.id)).toEqual([]);
      await page.screenshot({ path: path.join(docsDir, 'sign-out-pending.png') });
      expect(sandbox.isTokenValid(token)).toBe(true);
    } finally {
      await sandbox.misbehave.up();
    }

    await page.getByRole('button', { name: 'Try signing out again' }).click();
    await page.getByRole('status').filter({ hasText: `Signed out of ${leaving}, here and on the server.` }).waitFor();
    await expect(page.getByRole('heading', { name: /here, but not on the server yet/ }).count()).resolves.toBe(0);
    expect(sandbox.isTokenValid(token)).toBe(false);
    await expect(vault.accessToken(leavingId)).resolves.toBeNull();
  });
});
