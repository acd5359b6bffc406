import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../main/vault/keytarSecretStore';
import { TokenVault } from '../../main/vault/tokenVault';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { startAtrium, type TestAtrium } from './support/atrium';

let sandbox: Sandbox;
let atrium: TestAtrium;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 30, posts: 400, seed: 21 });
  atrium = await startAtrium({ demoInstanceUrl: sandbox.url });
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

async function signInOnSsoPage(): Promise<void> {
  const sso = await atrium.systemBrowser.nextPage();
  await sso.getByLabel('Username').fill(sandbox.demoUser.username);
  await sso.getByLabel('Password').fill(sandbox.password);
  await sso.getByRole('button', { name: 'Sign in' }).click();
  await sso.getByText(/return to Atrium/i).waitFor();
}

describe('the demo organization and an expired sign-in', () => {
  it('signs in through the demo path, and again with one click after the token is revoked', async () => {
    const { page } = atrium;
    await page.getByRole('button', { name: 'Try the demo organization' }).click();
    await signInOnSsoPage();
    const home = page.getByRole('feed', { name: 'Home' });
    await home.getByRole('article').first().waitFor();

    // IT (or the server) revokes the token: the next request answers 401.
    const listed = await atrium.core.bridge.invoke('listAccounts', atrium.origin, {});
    if (!listed.ok) throw new Error(listed.error.message);
    const [account] = (listed.value as { accounts: { id: string }[] }).accounts;
    const vault = new TokenVault(new KeytarSecretStore(), `Atrium e2e ${path.basename(atrium.dataDir)}`);
    const oldToken = (await vault.accessToken(account!.id)) as string;
    sandbox.misbehave.revokeToken(oldToken);
    await page.getByRole('button', { name: 'Organization' }).click();

    // The shell's banner (the failed request's own notice says so too, in the notices corner).
    const banner = page.getByText('has expired or was revoked. What you were doing is kept.');
    await banner.waitFor();
    // What the person was reading stays: Home is still there behind the banner.
    await page.getByRole('button', { name: 'Home' }).click();
    await home.getByRole('article').first().waitFor();

    await page.getByRole('button', { name: 'Sign in again' }).click();
    await signInOnSsoPage();
    await banner.waitFor({ state: 'detached' });
    const newToken = await vault.accessToken(account!.id);
    expect(newToken).not.toBe(oldToken);
    expect(sandbox.isTokenValid(newToken as string)).toBe(true);
    await page.getByRole('button', { name: 'Organization' }).click();
    await page.getByRole('feed').first().getByRole('article').first().waitFor();
  });
});
