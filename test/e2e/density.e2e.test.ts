import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { seriousViolations } from './support/axe';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 30, posts: 300, seed: 5 });
  atrium = await startAtrium({ viewport: { width: 1280, height: 820 } });
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await home().getByRole('article').first().waitFor();
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

const home = () => atrium.page.getByRole('feed', { name: 'Home' });
/** The height of the first post on Home that has no picture (pictures keep their own size in both densities). */
const firstPostHeight = async () => {
  const post = home().getByRole('article').filter({ hasNot: atrium.page.locator('img[alt]:not([alt=""])') }).first();
  const id = await post.getAttribute('data-status-id');
  return { id, height: (await post.boundingBox())?.height ?? 0 };
};

describe('first impressions', () => {
  it('opens the shortcut sheet with ? when nothing has focus', async () => {
    const { page } = atrium;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(true);
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  it('switches to a compact view from the account menu, keeps it after a restart, and back from Ctrl+K', async () => {
    const { page } = atrium;
    const before = await firstPostHeight();
    await page.getByRole('button', { name: /^Accounts — active:/ }).click();
    await page.getByRole('menuitem', { name: 'Switch to compact view' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['density'])).toBe('compact');
    await expect(page.getByText('Compact view on', { exact: true }).count()).resolves.toBe(1);
    // The same post, in less room: at least its padding and the smaller picture's share.
    await expect.poll(async () => {
      const after = await firstPostHeight();
      return after.id === before.id && after.height <= before.height - 16;
    }).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(docsDir, 'home-compact.png') });

    await page.reload();
    await home().getByRole('article').first().waitFor();
    await expect(page.evaluate(() => document.documentElement.dataset['density'])).resolves.toBe('compact');

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search and commands' });
    await palette.getByRole('combobox').fill('comfortable');
    await palette.getByRole('option', { name: 'Switch to comfortable view' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['density'] ?? 'comfortable')).toBe('comfortable');
    await expect.poll(async () => (await firstPostHeight()).height).toBe(before.height);
  });
});
