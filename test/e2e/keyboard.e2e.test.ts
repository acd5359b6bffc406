import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { focused, focusWhere, signInByKeyboard } from './support/keyboard';

// Driven by the keyboard alone: no click() anywhere in this file, in Atrium or in the sign-in page.
let sandbox: Sandbox;
let atrium: TestAtrium;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 40, posts: 3_000, seed: 11, rateLimit: false });
  atrium = await startAtrium({ viewport: { width: 1360, height: 860 } });
  await signInByKeyboard(atrium, sandbox, sandbox.demoUser);
  await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

/** The feed's rows as drawn: how many, whether older ones are loading, and the first and last place. */
const feedState = (page: TestAtrium['page']) =>
  page.evaluate(() => {
    const feed = document.querySelector('[role="feed"]');
    const places = [...(feed?.querySelectorAll('article[aria-posinset]') ?? [])].map((article) => article.getAttribute('aria-posinset'));
    return `${places.length} drawn, places ${places[0]}…${places.at(-1)}, busy ${feed?.getAttribute('aria-busy')}`;
  });

describe('Atrium with the keyboard alone', () => {
  it('starts on the view heading, with one h1 and a window title that names the view', async () => {
    const { page } = atrium;
    const focus = await focusWhere(page, (f) => f.tag === 'H1');
    expect(focus).toMatchObject({ tag: 'H1', text: 'Home' });
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    expect(await page.title()).toMatch(/Home – Atrium$/);
  });

  it('reads ten posts with j, each with its place in the feed', async () => {
    const { page } = atrium;
    const seen: Array<string | null> = [];
    for (let step = 1; step <= 10; step++) {
      await page.keyboard.press('j');
      const focus = await focusWhere(page, (f) => f.posInSet === String(step));
      expect(focus.tag).toBe('ARTICLE');
      // Older pages are still to load: the feed's length is unknown.
      expect(focus.setSize).toBe('-1');
      seen.push(focus.posInSet);
    }
    expect(seen).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    await page.keyboard.press('k');
    expect((await focusWhere(page, (f) => f.posInSet === '9')).posInSet).toBe('9');
  });

  it('pages through 30 posts with Page Down without focus ever reaching the body', async () => {
    const { page } = atrium;
    const start = await focused(page);
    let before = start;
    for (let step = 1; step <= 30; step++) {
      await page.keyboard.press('PageDown');
      const focus = await focusWhere(page, (f) => f.statusId !== before.statusId);
      // Said in full when it fails: where focus was, where it is, and what the feed held meanwhile.
      const context = `after Page Down ${step}: from ${JSON.stringify(before)} to ${JSON.stringify(focus)}; feed ${await feedState(page)}`;
      expect(focus.tag, context).toBe('ARTICLE');
      expect(Number(focus.posInSet), context).toBe(Number(before.posInSet) + 1);
      before = focus;
    }
    expect(Number(before.posInSet)).toBe(Number(start.posInSet) + 30);
  });

  it('opens a thread with Enter, moves into it, and comes back to the post with Escape', async () => {
    const { page } = atrium;
    const post = await focused(page);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /^Conversation with / });
    await panel.waitFor();
    const inPanel = await focusWhere(page, (f) => f.inPanel);
    expect(inPanel).toMatchObject({ tag: 'H2', inPanel: true });
    await expect(panel.getByRole('button', { name: 'Close conversation' }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(docsDir, 'keyboard-thread.png') });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    const back = await focusWhere(page, (f) => f.statusId === post.statusId);
    expect(back).toMatchObject({ tag: 'ARTICLE', statusId: post.statusId });
  });

  it('favourites with f and says so in the live region, the button named with its count', async () => {
    const { page } = atrium;
    const post = await focused(page);
    // The focused one: a post boosted twice stands twice in Home.
    const article = page.locator('article:focus');
    await page.keyboard.press('f');
    await page.getByTestId('live-region').getByText('Added to favourites').waitFor();
    await expect(article.getByRole('button', { name: /^Favourite, \d+ favourites?$/ }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect((await focused(page)).statusId).toBe(post.statusId);
  });

  it('reports from the post’s menu by keyboard and comes back to the post when the dialog closes', async () => {
    const { page } = atrium;
    const post = await focused(page);
    // Tab from the post into its actions (one toolbar), then End to "More actions", the last of them.
    for (let step = 0; step < 20 && !(await focused(page)).inToolbar; step++) await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    expect((await focused(page)).name).toBe('More actions');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /report/i });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const back = await focusWhere(page, (f) => f.statusId === post.statusId);
    expect(back).toMatchObject({ tag: 'ARTICLE', statusId: post.statusId });
  });

  it('opens the help sheet with ? from the rail, listing Ctrl+1…9, and gives focus back on Escape', async () => {
    const { page } = atrium;
    // Shift+F6 from the main column goes back to the rail.
    await page.keyboard.press('Shift+F6');
    const rail = await focusWhere(page, (f) => f.inRail);
    expect(rail.inRail).toBe(true);
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await expect(sheet.getByText('Switch to your first to ninth account').count()).resolves.toBe(1);
    await expect(sheet.getByText('Write a new post').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(docsDir, 'keyboard-help.png') });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    const back = await focusWhere(page, (f) => f.inRail);
    expect(back).toMatchObject({ inRail: true, text: rail.text });
  });

  it('moves focus to the new view’s heading with g n and back with g h, and the page passes axe', async () => {
    const { page } = atrium;
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    const focus = await focusWhere(page, (f) => f.tag === 'H1' && f.text === 'Notifications');
    expect(focus).toMatchObject({ tag: 'H1', text: 'Notifications' });
    expect(await page.title()).toMatch(/Notifications – Atrium$/);
    await page.keyboard.press('g');
    await page.keyboard.press('h');
    await focusWhere(page, (f) => f.tag === 'H1' && f.text === 'Home');
    await page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  it('keeps the current rail item visible in forced colours, and passes axe there', async () => {
    const { page } = atrium;
    await page.emulateMedia({ forcedColors: 'active' });
    const outline = await page.locator('nav [aria-current="page"]').evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => violation.id)).toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });
  });
});
