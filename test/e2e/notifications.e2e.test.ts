import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { followedByDemoUser, reactAs } from './support/sandboxGraph';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;
let colleagues: string[];
const pinnedTags = ['planning', 'launch'];
const post = 'Our quarterly planning notes are up: three goals, one page, comments welcome.';

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 60, posts: 600, seed: 7, rateLimit: false });
  colleagues = await followedByDemoUser(sandbox);
  // Three colleagues favourite and two boost one of the demo user's posts, with a mention in between.
  const { id } = await sandbox.postAs(sandbox.demoUser.username, { status: post });
  for (const name of colleagues.slice(0, 3)) await reactAs(sandbox, name, id, 'favourite');
  await sandbox.postAs(colleagues[0] as string, { status: `@${sandbox.demoUser.username} could you check the planning numbers before Friday?` });
  for (const name of colleagues.slice(1, 3)) await reactAs(sandbox, name, id, 'reblog');
  // Two hashtags at the top of Home, to pin as columns.
  for (const [index, tag] of pinnedTags.entries()) await sandbox.postAs(colleagues[index] as string, { status: `Notes from today are in the wiki. #${tag}` });
  atrium = await startAtrium({ viewport: { width: 1400, height: 860 } });
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

const feed = () => atrium.page.getByRole('feed', { name: 'Notifications' });

describe('notifications', () => {
  it('shows Home with pictures', async () => {
    const avatar = atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().locator('img').first();
    await avatar.waitFor();
    await expect.poll(() => avatar.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // The picture the README shows: the organization's announcement above Home, both columns live.
    await atrium.page.getByRole('region', { name: 'Announcements from the organization' }).waitFor();
    await expect.poll(() => atrium.page.getByText('Live', { exact: true }).count()).toBe(2);
    await atrium.page.screenshot({ path: path.join(docsDir, 'home.png') });
  });

  it('folds reactions into compact rows with a line of the post, and labels mentions', async () => {
    await atrium.page.getByRole('button', { name: /^Notifications/ }).first().click();
    const favourites = feed().getByRole('article', { name: /and 2 others favourited your post$/ }).filter({ hasText: post });
    await favourites.waitFor();
    await expect(favourites.getByRole('button', { name: `Open your post: ${post}` }).count()).resolves.toBe(1);
    // The post is a line, not a card with its own actions.
    await expect(favourites.getByRole('button', { name: /^Favourite/ }).count()).resolves.toBe(0);
    await feed().getByRole('article', { name: /and 1 other boosted your post$/ }).filter({ hasText: post }).waitFor();
    const mention = feed().getByRole('article', { name: / mentioned you$/ }).filter({ hasText: 'planning numbers' });
    // Said on screen too, in the line above the post, not only to screen readers; the post names its author, once.
    await expect(mention.locator('p').first().innerText()).resolves.toBe('Mentioned you');
    const author = (await mention.getAttribute('aria-label'))?.replace(/ mentioned you$/, '') ?? '';
    await expect(mention.getByText(author, { exact: true }).count()).resolves.toBe(1);
    await atrium.page.screenshot({ path: path.join(docsDir, 'notifications.png') });
  });

  it('uses the window: the list is a centred column, not pinned to the left', async () => {
    const box = await feed().boundingBox();
    const width = atrium.page.viewportSize()?.width ?? 0;
    expect(box).not.toBeNull();
    const left = box?.x ?? 0;
    const right = width - left - (box?.width ?? 0);
    // The rail sits on the left, so allow for it; what matters is that no side is left mostly empty.
    expect(Math.abs(right - left)).toBeLessThan(120);
  });

  it('accepts a follow request, which then leaves the list', async () => {
    const request = feed().getByRole('article', { name: / asked to follow you$/ });
    await request.getByRole('button', { name: /^Accept .+'s follow request$/ }).click();
    await request.waitFor({ state: 'detached' });
    const results = await new AxeBuilder({ page: atrium.page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  it('scrolls a profile opened beside pinned columns into view', async () => {
    const { page } = atrium;
    await page.getByRole('button', { name: 'Home' }).click();
    const home = page.getByRole('feed', { name: 'Home' });
    await home.getByRole('article').first().waitFor();
    // Pin two hashtags from the side panel so that the columns are wider than the window.
    for (const tag of pinnedTags) {
      await home.getByRole('link', { name: `#${tag}` }).first().click();
      await page.getByRole('button', { name: 'Pin as a column' }).click();
    }
    await expect.poll(() => page.locator('main').evaluate((main) => main.scrollWidth > main.clientWidth)).toBe(true);
    await home.getByRole('article').first().locator('header').getByRole('button').first().click();
    const panel = page.locator('section[data-region="panel"]');
    await panel.waitFor();
    const width = page.viewportSize()?.width ?? 0;
    await expect.poll(async () => {
      const box = await panel.boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= width + 1;
    }).toBe(true);
    await page.screenshot({ path: path.join(docsDir, 'panel-beside-columns.png') });
  });
});
