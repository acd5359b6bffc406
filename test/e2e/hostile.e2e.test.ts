import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '../corpus/index';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { scrollerOf } from './support/feed';
import { corpusEntryOf, findCorpusPost, overflowingCards, scrollThrough, setTripwires, timeOpeningThread, type Tripwires } from './support/hostilePage';
import { signInThroughBrowser } from './support/signIn';

// The hostile corpus (test/corpus) in every field Atrium draws, one sandbox and one browser for the file.
let sandbox: Sandbox;
let atrium: TestAtrium;
let tripwires: Tripwires;
const corpusSize = hostileCorpus().length;
/**
 * A frame this long while scrolling is the app hanging, not a busy machine: before posts were bounded,
 * two of them blocked the page for 22 s and 43 s. Smooth scrolling is measured by `npm run bench`
 * (fast scroll row), not here; slower frames are only printed, with the posts that arrived in them.
 */
const freezeMs = 10_000;
/** Frames slower than this are printed with the posts that came on screen in them. */
const slowFrameMs = 200;
/** Scrolled this far a frame: three notches of a mouse wheel at once, faster than anyone reads. */
const scrollStepPx = 360;
/**
 * The most one post may take to open on its own (its thread fetched and drawn, its content warning
 * opened), on a machine shared with other test runs. Before posts were bounded, the 200,000-character
 * word had not opened after 200 s here; bounded, it took 1.5 to 3.6 s with the machine's load at 16 to 21
 * (most of it layout and paint, in a profile). The bound is twice that worst, far below a hang.
 */
const heavyPostBudgetMs = 10_000;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 30, posts: 200, seed: 11, rateLimit: false, hostile: true });
  atrium = await startAtrium({ viewport: { width: 1360, height: 860 }, secretStore: new MemorySecretStore() });
  tripwires = await setTripwires(atrium.page, [sandbox.url, atrium.origin]);
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await home().getByRole('article').first().waitFor({ timeout: 30_000 });
}, 90_000);

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

const home = () => atrium.page.getByRole('feed', { name: 'Home' });

/** Nothing ran, nothing opened, nothing left for another host, and no card is wider than `region`. */
async function expectInert(region: Locator): Promise<void> {
  await expect(overflowingCards(region)).resolves.toEqual([]);
  await expect(tripwires.pwned()).resolves.toBe(false);
  expect(tripwires.dialogs).toEqual([]);
  expect(tripwires.foreignRequests).toEqual([]);
  expect(new URL(atrium.page.url()).origin).toBe(atrium.origin);
}

describe('the hostile content corpus', () => {
  it(`scrolls Home through all ${corpusSize} hostile posts inertly, the page never hanging`, async () => {
    const run = await scrollThrough(scrollerOf(home()), { match: '.example', enough: corpusSize - 10, patienceMs: 20_000, revealLabel: 'Show post', slowMs: slowFrameMs, stepPx: scrollStepPx });
    console.info(`hostile Home: ${run.seen} posts seen in ${run.frames.length} frames; slowest ${Math.round(Math.max(...run.frames))} ms; most elements ${run.largest.elements} (${await corpusEntryOf(sandbox, run.largest.busiestId)}), tallest ${run.largest.heightPx} px (${await corpusEntryOf(sandbox, run.largest.tallestId)})`);
    for (const frame of run.slow) console.info(`  ${frame.ms} ms while drawing: ${(await Promise.all(frame.arrived.map((id) => corpusEntryOf(sandbox, id)))).join(' | ')}`);
    // Every tenth post answers the one before, so a handful show only as a thread; the rest are in Home.
    expect(run.seen).toBeGreaterThanOrEqual(corpusSize - 10);
    expect(run.frames.filter((ms) => ms > freezeMs).map(Math.round)).toEqual([]);
    await expectInert(home());
    await atrium.page.screenshot({ path: path.join(docsDir, 'hostile-home.png') });
  });

  it('opens each of the heaviest posts on its own within a few seconds, drawn less than 1,000 px tall', async () => {
    // 5,000 nested spans blocked the page for 22 s, a 200,000-character word for 43 s.
    for (const entry of ['huge #1', 'huge #2', 'huge #4', 'huge #9']) {
      const id = await findCorpusPost(sandbox, entry);
      const ms = await timeOpeningThread(home(), id, 'Show post');
      console.info(`opening ${entry} alone: ${Math.round(ms)} ms`);
      expect(ms).toBeLessThan(heavyPostBudgetMs);
      const drawn = atrium.page.locator(`[data-region="panel"] article[data-status-id="${id}"]`);
      await expect(drawn.evaluate((article) => article.getBoundingClientRect().height)).resolves.toBeLessThan(1_000);
      await atrium.page.getByRole('button', { name: 'Close conversation' }).click();
    }
  });

  it('opens a hostile thread and a hostile profile beside Home', async () => {
    await scrollerOf(home()).evaluate((element) => element.scrollTo({ top: 0 }));
    const reply = home().getByRole('article').filter({ has: atrium.page.getByRole('button', { name: /^(Replying to |Reply to a post|Continues a thread)/ }) }).first();
    await reply.getByRole('button', { name: /^(Replying to |Reply to a post|Continues a thread)/ }).click();
    const thread = atrium.page.getByRole('region', { name: 'Conversation' });
    await thread.getByRole('article').nth(1).waitFor();
    await expectInert(thread);
    await atrium.page.getByRole('button', { name: 'Close conversation' }).click();

    await home().getByRole('article').first().locator('header').getByRole('button').first().click();
    const profile = atrium.page.locator('section[data-region="panel"]');
    await profile.getByRole('article').first().waitFor();
    await expectInert(profile);
    await atrium.page.screenshot({ path: path.join(docsDir, 'hostile-profile.png') });
  });

  it('lists hostile notifications, colleagues and announcements inertly', async () => {
    await atrium.page.getByRole('button', { name: /^Notifications/ }).first().click();
    const notifications = atrium.page.getByRole('feed', { name: 'Notifications' }).first();
    await notifications.getByRole('article').nth(5).waitFor();
    await expectInert(notifications);

    await atrium.page.getByRole('button', { name: 'Directory' }).click();
    await atrium.page.getByRole('searchbox', { name: 'Search the directory' }).fill('hostile_colleague');
    const people = atrium.page.getByRole('list', { name: 'People in the directory' });
    await people.getByRole('article').nth(5).waitFor();
    await expectInert(people);
    await atrium.page.screenshot({ path: path.join(docsDir, 'hostile-directory.png') });

    await atrium.page.getByRole('button', { name: 'Home' }).click();
    const announcements = atrium.page.getByRole('region', { name: 'Announcements from the organization' });
    const next = announcements.getByRole('button', { name: 'Next announcement' });
    await next.waitFor();
    while (await next.isEnabled()) {
      await next.click();
      await expectInert(announcements);
    }
    await atrium.page.getByRole('button', { name: 'About Northwind' }).click();
    await atrium.page.getByRole('article', { name: 'Northwind' }).getByText('Be kind and assume good intent.').waitFor();
    await atrium.page.screenshot({ path: path.join(docsDir, 'hostile-about.png') });
    await expectInert(atrium.page.locator('main'));
  });

  it('locks the page behind a dialog without an inline style the CSP would refuse', async () => {
    const bodyOverflow = () => atrium.page.evaluate(() => getComputedStyle(document.body).overflow);
    await atrium.page.keyboard.press('Control+k');
    await atrium.page.getByRole('dialog', { name: 'Search and commands' }).waitFor();
    // The scroll lock's rules are adopted as a constructed stylesheet (no <style> element), and apply.
    await expect(bodyOverflow()).resolves.toBe('hidden');
    await expect(atrium.page.locator('style').count()).resolves.toBe(0);
    await atrium.page.keyboard.press('Escape');
    await atrium.page.getByRole('dialog', { name: 'Search and commands' }).waitFor({ state: 'detached' });
    await expect(bodyOverflow()).resolves.not.toBe('hidden');
  });
});
