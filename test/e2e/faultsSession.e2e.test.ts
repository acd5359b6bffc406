import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenVault } from '../../main/vault/tokenVault';
import type { Sandbox } from '../sandbox/index';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { scheduledOf } from './support/scheduledApi';
import { followedByDemoUser } from './support/sandboxGraph';
import { postsSaying } from './support/serverState';
import { startSignedIn } from './support/signIn';

// One sandbox for the file; Atrium is started once and once more on the same data folder, as a restart.
let sandbox: Sandbox;
let atrium: TestAtrium;
let page: Page;
let demo: string;
// The keychain is not under test: tokens stay in memory, kept across the restart like the system keychain.
const secretStore = new MemorySecretStore();
const MINUTE = 60_000;

beforeAll(async () => {
  ({ sandbox, atrium } = await startSignedIn({ staff: 30, posts: 500, seed: 14, rateLimit: false }, { secretStore }));
  demo = sandbox.demoUser.username;
  page = atrium.page;
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

const home = () => page.getByRole('feed', { name: 'Home' });
const composer = () => page.getByRole('complementary', { name: 'New post' });
const postText = () => composer().getByRole('textbox', { name: 'Post text' });
const rail = (name: string) => page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name, exact: true });

/** The signed-in account's id and its token as the keychain holds it. */
async function currentToken(): Promise<{ accountId: string; token: string }> {
  const listed = await atrium.core.bridge.invoke('listAccounts', atrium.origin, {});
  if (!listed.ok) throw new Error(listed.error.message);
  const [account] = (listed.value as { accounts: { id: string }[] }).accounts;
  if (!account) throw new Error('No account is signed in.');
  const token = await new TokenVault(secretStore, `Atrium e2e ${path.basename(atrium.dataDir)}`).accessToken(account.id);
  if (!token) throw new Error('The keychain holds no token for the account.');
  return { accountId: account.id, token };
}

/** The day and time inputs of the schedule dialog, as the page's own clock writes them. */
const wallOf = (at: number) =>
  page.evaluate((ms) => {
    const date = new Date(ms);
    const two = (n: number) => String(n).padStart(2, '0');
    return { date: `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`, time: `${two(date.getHours())}:${two(date.getMinutes())}` };
  }, at);

describe('nothing is lost when the sign-in is revoked or the server is down', () => {
  it('keeps the draft and the scheduled post through a revoked sign-in, and sends once signed in again', async () => {
    // A post scheduled for later, then a draft being written.
    await rail('Compose').click();
    await postText().fill('Quarterly numbers go out at noon');
    await composer().getByRole('button', { name: 'Schedule…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule this post' });
    const wall = await wallOf(Math.ceil((Date.now() + 30 * MINUTE) / MINUTE) * MINUTE);
    await dialog.getByLabel('Date').fill(wall.date);
    await dialog.getByLabel('Time', { exact: true }).fill(wall.time);
    await dialog.getByRole('button', { name: 'Set the time' }).click();
    await composer().getByRole('button', { name: 'Schedule', exact: true }).click();
    await composer().waitFor({ state: 'detached' });
    await expect.poll(async () => (await scheduledOf(sandbox, demo)).filter((post) => post.params.text.includes('Quarterly numbers')).length).toBe(1);

    await rail('Compose').click();
    await postText().fill('Draft written before the sign-in was revoked');
    await composer().getByText('Draft saved').waitFor();

    // IT revokes the token; the person presses Post.
    const before = await currentToken();
    sandbox.misbehave.revokeToken(before.token);
    await composer().getByRole('button', { name: 'Post', exact: true }).click();
    const banner = page.getByText('has expired or was revoked. What you were doing is kept.', { exact: false });
    await banner.waitFor();
    await expect(postText().inputValue()).resolves.toBe('Draft written before the sign-in was revoked');
    await page.screenshot({ path: path.join(docsDir, 'faults-revoked.png') });
    expect(await postsSaying(sandbox, demo, 'Draft written before')).toHaveLength(0);

    await page.getByRole('button', { name: 'Sign in again' }).click();
    const sso = await atrium.systemBrowser.nextPage();
    await sso.getByLabel(/user ?name/i).fill(demo);
    await sso.getByLabel(/password/i).fill(sandbox.password);
    await sso.getByRole('button', { name: /sign in/i }).click();
    await banner.waitFor({ state: 'detached' });
    const after = await currentToken();
    expect(after.accountId).toBe(before.accountId);
    expect(after.token).not.toBe(before.token);

    // The draft is still there and goes out once; the scheduled post is still on the desk.
    await expect(postText().inputValue()).resolves.toBe('Draft written before the sign-in was revoked');
    await composer().getByRole('button', { name: 'Post', exact: true }).click();
    await composer().waitFor({ state: 'detached' });
    await expect.poll(async () => (await postsSaying(sandbox, demo, 'Draft written before')).length).toBe(1);
    await rail('Scheduled').click();
    await page.getByText('Quarterly numbers go out at noon').first().waitFor();
  });

  it('starts on the cached Home, marked offline, when the server is down, and recovers when it returns', async () => {
    await rail('Home').click();
    const first = home().getByRole('article').first();
    await first.waitFor();
    const seen = await first.getAttribute('aria-label');
    // The cache is written once the timeline settles: wait until it starts with the post shown first (rows are keyed by id).
    const firstId = await home().locator('[data-key]').first().getAttribute('data-key');
    const { accountId } = await currentToken();
    await expect
      .poll(async () => {
        const cached = await atrium.core.bridge.invoke('readHomeCache', atrium.origin, { accountId });
        return cached.ok ? (cached.value as { statuses: { id: string }[] } | null)?.statuses[0]?.id : undefined;
      })
      .toBe(firstId);
    await atrium.quit();
    const [colleague] = await followedByDemoUser(sandbox);

    await sandbox.misbehave.down();
    // Posted while Atrium could not reach the server: it must come in once the server is back.
    const missed = `Posted while Atrium was offline (${Date.now()})`;
    await sandbox.postAs(colleague as string, { status: missed });
    atrium = await startAtrium({ dataDir: atrium.dataDir, secretStore });
    page = atrium.page;
    await home().getByRole('article').first().waitFor();
    await expect(home().getByRole('article').first().getAttribute('aria-label')).resolves.toBe(seen);
    // The kept posts came with the session, asked for once by the preload as the page began loading: the first call
    // of all, before anything asked the server, and not read again.
    const calls = atrium.bridgeCalls.map(({ call }) => call);
    expect(calls).toContain('callMastodon');
    expect(calls[0]).toBe('openSession');
    expect(calls.filter((call) => call === 'openSession')).toHaveLength(1);
    expect(calls).not.toContain('readHomeCache');
    const offline = page.getByText(/^Offline: Atrium cannot reach/);
    await offline.waitFor();
    await page.screenshot({ path: path.join(docsDir, 'faults-offline-start.png') });
    expect(await page.getByRole('alert').filter({ hasText: 'This timeline could not be loaded.' }).count()).toBe(0);

    // Back online: the stream reconnects by itself, the mark goes, and what was posted meanwhile comes in.
    await sandbox.misbehave.up();
    await offline.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '1 new post' }).click();
    await home().getByRole('article').filter({ hasText: missed }).waitFor();
  });
});
