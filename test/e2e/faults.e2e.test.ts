import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { seriousViolations } from './support/axe';
import { followedByDemoUser } from './support/sandboxGraph';
import { signInThroughBrowser } from './support/signIn';

/** The organization's name: its own timeline is titled with it. */
const ORG = 'Northwind';

// One sandbox and one browser for the file; each test switches one misbehaviour on and back off.
let sandbox: Sandbox;
let atrium: TestAtrium;
let page: Page;
let host: string;
let colleagues: string[];

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 30, posts: 600, seed: 12, rateLimit: false, orgName: ORG });
  host = new URL(sandbox.url).host;
  colleagues = await followedByDemoUser(sandbox);
  // The faults are under test, not the keychain: tokens stay in memory.
  atrium = await startAtrium({ viewport: { width: 1280, height: 820 }, secretStore: new MemorySecretStore() });
  page = atrium.page;
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await feed('Home').getByRole('article').first().waitFor();
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

const rail = (name: string) => page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name, exact: true });
const feed = (name: string) => page.getByRole('feed', { name });
const offlineMark = () => page.getByText(/^Offline: Atrium cannot reach/);
const failedTimeline = () => page.getByRole('alert').filter({ hasText: 'This timeline could not be loaded.' });
/** The list calls the page made for one timeline path (`public` with or without `local`). */
const listCalls = (timeline: string, local: boolean) =>
  atrium.bridgeCalls.filter(({ call, input }) => {
    const { path: callPath, params } = input as { path?: unknown; params?: { local?: boolean } };
    return call === 'callMastodon' && JSON.stringify(callPath) === JSON.stringify(['v1', 'timelines', timeline, 'list']) && Boolean(params?.local) === local;
  });
/** The notices in the corner, as text: a problem is said once. */
const noticeTexts = () => page.locator('[role="alert"][aria-live="assertive"] p').allTextContents();

describe('a server that misbehaves', () => {
  it('shows progress while an answer hangs, stays usable, and says the server is slow', async () => {
    sandbox.misbehave.latencyMs(15_000);
    await rail('Fediverse').click();
    await page.getByRole('status', { name: 'Loading posts…' }).waitFor();
    // The window still answers while the page load hangs: a button shows what is already loaded…
    await rail('Home').click();
    await feed('Home').getByRole('article').first().waitFor();
    // …and a key press moves focus.
    await rail('Home').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Organization');
    const slow = page.getByText(`${host} is slow to answer. Atrium is still waiting for it; you can keep reading and working meanwhile.`);
    await slow.waitFor();
    await page.screenshot({ path: path.join(docsDir, 'faults-slow.png') });
    expect(await offlineMark().count()).toBe(0);
    sandbox.misbehave.latencyMs(0);
    await rail('Fediverse').click();
    await feed('Fediverse').getByRole('article').first().waitFor();
    await slow.waitFor({ state: 'detached' });
  });

  it('asks a failing server again with growing pauses, then says what happened, and Try again works once it recovers', async () => {
    const before = listCalls('public', true).length;
    sandbox.misbehave.failRatio(1);
    await rail('Organization').click();
    await page.getByText(`${host} had a problem (error 503). Atrium asks again in 1 second.`).waitFor();
    await page.getByText(`${host} had a problem (error 503). Atrium asks again in 2 seconds.`).waitFor();
    await failedTimeline().getByText(`${host} had a problem (error 503). Try again in a moment.`).waitFor();
    // The first request and three more, 1, 2 and 4 s apart; then the person is told, with a Try again.
    expect(listCalls('public', true).length - before).toBe(4);
    await page.screenshot({ path: path.join(docsDir, 'faults-server-error.png') });
    expect(await seriousViolations(page)).toEqual([]);
    const notices = await noticeTexts();
    expect(new Set(notices).size).toBe(notices.length);
    expect(await offlineMark().count()).toBe(0);

    sandbox.misbehave.failRatio(0);
    await failedTimeline().getByRole('button', { name: 'Try again' }).click();
    await feed(ORG).getByRole('article').first().waitFor();
    // The notices about the failing server went once it answered again.
    await expect.poll(async () => (await noticeTexts()).filter((text) => text.includes('had a problem')).length).toBe(0);
  });

  it('names a broken answer and a wrongly shaped one in words, never as offline and never as an empty timeline', async () => {
    const route = 'GET /api/v1/timelines/list/:list_id';
    sandbox.misbehave.malformNextAnswer(route, 'broken_json');
    await rail('Lists').click();
    await page.getByRole('button', { name: 'Official', exact: true }).click();
    const list = page.getByRole('region', { name: 'Official' });
    const failed = list.getByRole('alert').filter({ hasText: 'This timeline could not be loaded.' });
    await failed.getByText(`${host} answered with something Atrium could not read: not what a Mastodon server sends.`, { exact: false }).waitFor();
    expect(await offlineMark().count()).toBe(0);
    await page.screenshot({ path: path.join(docsDir, 'faults-malformed.png') });

    sandbox.misbehave.malformNextAnswer(route, 'wrong_shape');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await failed.getByText('The server sent a page of posts Atrium could not read.', { exact: false }).waitFor();
    expect(await list.getByText('This list has no posts yet.', { exact: false }).count()).toBe(0);
    expect(await offlineMark().count()).toBe(0);

    await failed.getByRole('button', { name: 'Try again' }).click();
    await list.getByRole('feed').getByRole('article').first().waitFor();
    await list.getByRole('button', { name: /^Close/ }).click();
    await list.waitFor({ state: 'detached' });
  });

  it('waits as long as a 429 says (Retry-After, or X-RateLimit-Reset alone), says that it waits, then carries on', async () => {
    for (const [view, header, seconds] of [['Bookmarks', 'retry-after', 4], ['Favourites', 'reset', 5]] as const) {
      sandbox.misbehave.force429(seconds, 1, header);
      await rail(view).click();
      const waiting = page.getByText(new RegExp(`^${host.replace(/[.]/g, '\\.')} asked Atrium to slow down\\. Atrium waits \\d+ seconds?, as the server asked, then carries on\\.$`));
      await waiting.waitFor();
      const saidAt = Date.now();
      const said = await waiting.textContent();
      expect(Number(/waits (\d+) second/.exec(said ?? '')?.[1])).toBeGreaterThanOrEqual(seconds - 1);
      if (header === 'retry-after') await page.screenshot({ path: path.join(docsDir, 'faults-rate-limited.png') });
      await waiting.waitFor({ state: 'detached', timeout: (seconds + 20) * 1000 });
      // It did wait (within a second of what the server said, measured from when the banner was seen).
      expect(Date.now() - saidAt).toBeGreaterThanOrEqual((seconds - 1.5) * 1000);
      await page.getByText(view === 'Bookmarks' ? 'No bookmarks yet.' : 'No favourites yet.', { exact: false }).or(feed(view).getByRole('article').first()).waitFor();
      expect(await failedTimeline().count()).toBe(0);
    }
  });

  it('reconnects after the stream drops and fills the gap: each post made meanwhile once, in order', async () => {
    await rail('Home').click();
    await feed('Home').getByRole('article').first().waitFor();
    const before = atrium.bridgeCalls.length;
    const stamp = Date.now();
    sandbox.misbehave.dropStreams();
    const texts = [1, 2, 3].map((n) => `Posted while the stream was down, part ${n} (${stamp})`);
    for (const [index, text] of texts.entries()) await sandbox.postAs(colleagues[index % colleagues.length] as string, { status: text });
    const button = page.getByRole('button', { name: '3 new posts' });
    await button.waitFor();
    // What was missed came through a catch-up from the newest post shown (min_id), not only the stream.
    const catchUps = () => atrium.bridgeCalls.slice(before).filter(({ input }) => (input as { params?: { minId?: string } }).params?.minId);
    await expect.poll(() => catchUps().length).toBeGreaterThan(0);
    // One more post after the reconnection arrives live, and is not counted twice.
    const after = `Posted after the stream came back (${stamp})`;
    await sandbox.postAs(colleagues[0] as string, { status: after });
    await page.getByRole('button', { name: '4 new posts' }).click();
    const shown = feed('Home').getByRole('article').filter({ hasText: `(${stamp})` });
    await shown.filter({ hasText: after }).waitFor();
    const order = (await shown.allTextContents()).map((text) => [after, ...texts.toReversed()].findIndex((expected) => text.includes(expected)));
    expect(order).toEqual([0, 1, 2, 3]);
  });
});
