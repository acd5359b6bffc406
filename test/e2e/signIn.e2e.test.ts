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
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Continue to sign-in');
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
    await page.screenshot({ path: path.join(docsDir, 'home.png') });

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
});
