/**
 * The core flows against each server the organization might run (issue 15): today's Mastodon, an older
 * Mastodon and GoToSocial, each a sandbox profile, all signed in to one Atrium as three accounts. Every flow
 * must pass on every server, and each column must say how it keeps up: live, or checking now and then.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProfileName } from '../sandbox/profiles/serverProfile';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';
import { seriousViolations } from './support/axe';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { followedByDemoUser } from './support/sandboxGraph';
import { signInThroughBrowser } from './support/signIn';

/** How each server keeps each column up to date: GoToSocial streams no hashtags, so that column checks instead. */
const matrix: Array<{ profile: ServerProfileName; seed: number; tagMode: 'live' | 'polling'; directory: 'list' | 'fallback'; quotes: boolean }> = [
  { profile: 'mastodon', seed: 21, tagMode: 'live', directory: 'list', quotes: true },
  { profile: 'mastodon-4.2', seed: 22, tagMode: 'live', directory: 'list', quotes: false },
  { profile: 'gotosocial', seed: 23, tagMode: 'polling', directory: 'fallback', quotes: false },
];

let atrium: TestAtrium;
let page: Page;
/** The account active before the next sign-in, to add the next one through its switcher. */
let activeHandle: string | null = null;

beforeAll(async () => {
  // One browser for the whole matrix; the servers' differences are under test, not the keychain.
  atrium = await startAtrium({ viewport: { width: 1400, height: 900 }, secretStore: new MemorySecretStore() });
  page = atrium.page;
});

afterAll(async () => {
  await atrium?.close();
});

const column = (name: 'main' | 'notifications') => page.locator(`section[aria-labelledby="column-${name}"]`);
const panel = () => page.locator('section[data-region="panel"]');
const liveMode = (region: ReturnType<typeof column>) => region.locator('[data-live-mode]').first().getAttribute('data-live-mode');
const home = () => page.getByRole('feed', { name: 'Home' });

describe.each(matrix)('on $profile', ({ profile, seed, tagMode, directory, quotes }) => {
  let sandbox: Sandbox;
  let colleague: string;
  const tag = `plan${seed}`;

  beforeAll(async () => {
    sandbox = await startSandbox({ staff: 30, posts: 200, seed, profile, rateLimit: false });
    [colleague = ''] = await followedByDemoUser(sandbox);
    // A post with the hashtag at the top of Home, to open its column from.
    await sandbox.postAs(colleague, { status: `Planning notes are in the wiki #${tag}` });
  });

  afterAll(async () => {
    await sandbox?.close();
  });

  it('signs in and shows Home, live from the user stream', async () => {
    if (activeHandle) {
      await page.getByRole('button', { name: `Accounts — active: ${activeHandle}` }).click();
      await page.getByRole('menuitem', { name: 'Add an account' }).click();
      await page.getByRole('heading', { name: 'Add an account' }).waitFor();
    }
    await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
    activeHandle = `@${sandbox.demoUser.username}@${new URL(sandbox.url).host}`;
    await page.getByRole('button', { name: `Accounts — active: ${activeHandle}` }).waitFor();
    await page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name: 'Home' }).click();
    await home().getByRole('article').first().waitFor();
    await expect.poll(() => liveMode(column('main')), { timeout: 20_000 }).toBe('live');
  });

  it('raises a desktop notification for a mention and shows it in Notifications without a reload', async () => {
    await expect.poll(() => liveMode(column('notifications')), { timeout: 20_000 }).toBe('live');
    const words = `Can you review the ${profile} budget today?`;
    await sandbox.postAs(colleague, { status: `@${sandbox.demoUser.username} ${words}` });
    await expect.poll(() => atrium.desktopNotifications.some((shown) => / mentioned you$/.test(shown.title) && shown.body.includes(words)), { timeout: 20_000 }).toBe(true);
    await column('notifications').getByRole('button', { name: /new notifications?$/ }).click();
    await page.getByRole('feed', { name: 'Notifications' }).getByRole('article', { name: / mentioned you$/ }).filter({ hasText: words }).waitFor();
  });

  it(`shows a new post in a hashtag column (${tagMode})`, async () => {
    await home().getByRole('link', { name: `#${tag}` }).first().click();
    await panel().getByRole('feed').getByRole('article').first().waitFor();
    await expect.poll(() => liveMode(panel()), { timeout: 20_000 }).toBe(tagMode);
    if (tagMode === 'polling') {
      await panel().getByText('Checking every 30 s').waitFor();
      await panel().getByText('Your server does not send new posts for hashtags live.').waitFor();
      await page.screenshot({ path: path.join(docsDir, 'servers-polling.png') });
      expect(await seriousViolations(page, 'section[data-region="panel"]')).toEqual([]);
    }
    const words = `Second planning session moved to Thursday #${tag}`;
    await sandbox.postAs(colleague, { status: words });
    // Checking every 30 s: the post may take that long to be found.
    await panel().getByRole('button', { name: /new posts?$/ }).click({ timeout: 45_000 });
    await panel().getByRole('article').filter({ hasText: 'Second planning session' }).waitFor();
    await panel().getByRole('button', { name: /^Close/ }).click();
  });

  it(directory === 'list' ? 'lists the directory' : 'says the server has no directory, and offers search', async () => {
    await page.getByRole('button', { name: 'Directory' }).click();
    if (directory === 'list') await page.getByRole('searchbox', { name: 'Search the directory' }).waitFor({ timeout: 30_000 });
    else await page.getByText('This server has no directory of its people', { exact: false }).waitFor({ timeout: 30_000 });
  });

  it(`posts, and the post shows in Home (quotes: ${quotes ? 'yes' : 'a sentence'})`, async () => {
    await page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name: 'Home' }).click();
    await page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name: 'Compose' }).click();
    const composer = page.getByRole('complementary', { name: 'New post' });
    const text = `Posted to ${profile} from Atrium`;
    await composer.getByRole('textbox', { name: 'Post text' }).fill(text);
    await composer.getByRole('button', { name: 'Post', exact: true }).click();
    await composer.waitFor({ state: 'detached' });
    const posted = home().getByRole('article').filter({ hasText: text }).first();
    await posted.waitFor({ timeout: 20_000 });
    // Where the person looks for Quote, a server without quote posts has a sentence instead.
    await posted.getByRole('button', { name: 'More actions' }).click();
    if (quotes) await page.getByRole('menuitem', { name: 'Quote' }).waitFor();
    else await page.getByRole('menu').getByText('Your server cannot quote posts').waitFor();
    await page.keyboard.press('Escape');
  });
});
