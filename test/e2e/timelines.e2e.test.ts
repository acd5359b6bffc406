import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { scrollerOf, scrollToEnd } from './support/feed';
import { boostAs, findHostilePost, followedByDemoUser } from './support/sandboxGraph';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;
let colleagues: string[];
const evilRequests: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  // Enough posts that the demo user's Home spans several pages.
  sandbox = await startSandbox({ staff: 60, posts: 6_000, seed: 5, rateLimit: false });
  colleagues = await followedByDemoUser(sandbox);
  atrium = await startAtrium({ viewport: { width: 1360, height: 860 } });
  const { page } = atrium;
  // A page-level tripwire: anything a hostile post manages to run would set it, open a dialog or leave a request.
  await page.addInitScript(() => {
    const flag = () => Object.assign(window, { __atriumPwned: true });
    window.alert = flag;
    window.confirm = () => (flag(), false);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url().includes('evil.example')) evilRequests.push(request.url());
  });
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

const homeFeed = () => atrium.page.getByRole('feed', { name: 'Home' });
const homeListCalls = () =>
  atrium.bridgeCalls.filter(({ call, input }) => call === 'callMastodon' && JSON.stringify((input as { path: unknown }).path) === '["v1","timelines","home","list"]');

describe('timelines against the sandbox', () => {
  it('shows Home and scrolls through several pages', async () => {
    await atrium.page.screenshot({ path: path.join(docsDir, 'timelines-home.png') });
    const before = homeListCalls().length;
    // The next page's query comes from the Link header, so it is spelled as the server spells it.
    const olderPageIds = () =>
      homeListCalls()
        .slice(before)
        .map(({ input }) => (input as { params?: { max_id?: string; maxId?: string } }).params)
        .flatMap((params) => params?.max_id ?? params?.maxId ?? []);
    // Scrolled to the end again on every look until three older pages were asked for: a condition, not a pause.
    await expect
      .poll(async () => {
        await scrollToEnd(homeFeed());
        return olderPageIds().length;
      })
      .toBeGreaterThanOrEqual(3);
    const maxIds = olderPageIds();
    expect(new Set(maxIds).size).toBe(maxIds.length);
    await scrollerTop();
  });

  it('keeps a streamed post behind the new-posts button, and applies a delete at once', async () => {
    const text = `Stand-up moved to 10:30 (${Date.now()})`;
    const { id } = await sandbox.postAs(colleagues[0] as string, { status: text });
    const button = atrium.page.getByRole('button', { name: '1 new post' });
    await button.waitFor();
    await expect(homeFeed().getByText(text).count()).resolves.toBe(0);
    await button.click();
    await homeFeed().getByText(text).waitFor();

    await sandbox.deleteStatus(id);
    await homeFeed().getByText(text).waitFor({ state: 'detached' });
  });

  it('shows a desktop notification for a mention and counts it on the rail', async () => {
    const before = atrium.desktopNotifications.length;
    await sandbox.postAs(colleagues[1] as string, { status: `@${sandbox.demoUser.username} can you review the Q3 deck? (${Date.now()})` });
    await expect.poll(() => atrium.desktopNotifications.length).toBe(before + 1);
    expect(atrium.desktopNotifications.at(-1)?.title).toMatch(/ mentioned you$/);
    expect(atrium.desktopNotifications.at(-1)?.body).toMatch(/can you review the Q3 deck\?/);
    // The mention is a post in Home as well: show it, so the next test starts with nothing waiting.
    await atrium.page.getByRole('button', { name: '1 new post' }).click();
  });

  it('opens a thread with its context beside the timeline', async () => {
    const stamp = Date.now();
    const root = await sandbox.postAs(colleagues[0] as string, { status: `Who owns the launch checklist? (${stamp})` });
    await sandbox.postAs(colleagues[1] as string, { status: `@${colleagues[0]} I do, it is in the wiki (${stamp})`, in_reply_to_id: root.id });
    const button = atrium.page.getByRole('button', { name: /new posts?$/ });
    await button.waitFor();
    await button.click();
    await homeFeed().getByText(`I do, it is in the wiki (${stamp})`).click();
    const panel = atrium.page.getByRole('region', { name: 'Conversation' });
    await panel.getByText(`Who owns the launch checklist? (${stamp})`).waitFor();
    await expect(panel.locator('article[aria-current="true"]').getByText(`it is in the wiki (${stamp})`).count()).resolves.toBe(1);
    await atrium.page.screenshot({ path: path.join(docsDir, 'thread.png') });
    await atrium.page.getByRole('button', { name: 'Close conversation' }).click();
  });

  it('opens a list beside the main column and pins it as a column', async () => {
    await atrium.page.getByRole('button', { name: 'Lists' }).click();
    await atrium.page.getByRole('button', { name: 'Official' }).click();
    const panel = atrium.page.getByRole('region', { name: 'Official' });
    await panel.getByRole('feed').getByRole('article').first().waitFor();
    // The list shows the official accounts' posts, each with its mark.
    await expect(panel.getByRole('feed').getByText('Official').count()).resolves.toBeGreaterThan(0);
    // Pinned, it stays as a column of its own while Home is back in the main column.
    await atrium.page.getByRole('button', { name: 'Pin as a column' }).click();
    await atrium.page.getByRole('button', { name: 'Home' }).click();
    await homeFeed().getByRole('article').first().waitFor();
    const column = atrium.page.getByRole('region', { name: 'Official' });
    await column.getByRole('feed').getByRole('article').first().waitFor();
    await atrium.page.screenshot({ path: path.join(docsDir, 'columns.png') });
    await column.getByRole('button', { name: 'Remove the Official column' }).click();
    await column.waitFor({ state: 'detached' });
  });

  it('renders a hostile remote post, boosted by a colleague, as inert text', async () => {
    // A colleague boosts the malicious server's post, so it reaches Home as it would in real life.
    const hostileId = await findHostilePost(sandbox);
    await boostAs(sandbox, colleagues[0] as string, hostileId);
    const button = atrium.page.getByRole('button', { name: /new posts?$/ });
    await button.waitFor();
    await button.click();
    const post = homeFeed().getByRole('article', { name: /Mallory/ }).filter({ hasText: 'Totally normal post' });
    await post.waitFor();
    await expect(post.locator('script, iframe, object, form, style, svg[onload], img[onerror], [style]').count()).resolves.toBe(0);
    await expect(post.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    // Whatever the post could set off would run as it renders or as its images load or fail: wait until every
    // image in it has settled, and two frames more, rather than a fixed half second.
    await post.evaluate(async (element) => {
      const pending = [...element.querySelectorAll('img')].filter((image) => !image.complete);
      await Promise.all(pending.map((image) => new Promise((settled) => ['load', 'error'].forEach((kind) => image.addEventListener(kind, settled, { once: true })))));
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    });
    await expect(atrium.page.evaluate(() => (window as { __atriumPwned?: boolean }).__atriumPwned ?? false)).resolves.toBe(false);
    expect(dialogs).toEqual([]);
    expect(evilRequests).toEqual([]);
    expect(new URL(atrium.page.url()).origin).toBe(atrium.origin);
  });

  it('counts every post that piles up, keeps the newest and loads the rest from a gap', async () => {
    const stamp = Date.now();
    // More than the 200 waiting posts a timeline keeps in memory, so the oldest 30 are let go.
    const piled = 230;
    for (let sent = 0; sent < piled; sent += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => sandbox.postAs(colleagues[(sent + i) % colleagues.length] as string, { status: `Pile ${sent + i} (${stamp})` })));
    }
    const button = atrium.page.getByRole('button', { name: `${piled} new posts` });
    await button.waitFor({ timeout: 30_000 });
    await atrium.page.screenshot({ path: path.join(docsDir, 'new-posts-piled.png') });
    await button.click();
    await homeFeed().getByText(`Pile ${piled - 1} (${stamp})`).waitFor();
    // The kept posts first, then the gap standing for the ones let go: scrolled to, it loads them from the server.
    const gap = homeFeed().getByRole('article', { name: 'Posts not loaded here' }).getByRole('button', { name: 'Load missing posts' });
    await expect
      .poll(async () => {
        await scrollerOf(homeFeed()).evaluate((element) => element.scrollBy({ top: element.clientHeight }));
        return gap.count();
      })
      .toBe(1);
    await expect(homeFeed().getByText(`Pile 29 (${stamp})`).count()).resolves.toBe(0);
    await gap.scrollIntoViewIfNeeded();
    await atrium.page.screenshot({ path: path.join(docsDir, 'new-posts-gap.png') });
    await gap.click();
    await homeFeed().getByText(`Pile 29 (${stamp})`).waitFor();
    await gap.waitFor({ state: 'detached' });
    await homeFeed().getByText(`Pile 29 (${stamp})`).scrollIntoViewIfNeeded();
    await atrium.page.screenshot({ path: path.join(docsDir, 'new-posts-gap-filled.png') });
    await scrollerTop();
  });

  it('has no serious accessibility violations on Home with notifications', async () => {
    await atrium.page.getByRole('button', { name: 'Home' }).click();
    await homeFeed().getByRole('article').first().waitFor();
    await atrium.page.getByRole('region', { name: 'Notifications' }).getByRole('article').first().waitFor();
    await atrium.page.screenshot({ path: path.join(docsDir, 'notifications.png') });
    const results = await new AxeBuilder({ page: atrium.page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});

async function scrollerTop(): Promise<void> {
  await homeFeed().locator('xpath=..').evaluate((element) => element.scrollTo({ top: 0 }));
}
