import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { seriousViolations } from './support/axe';
import { focused, focusWhere, overflowing, signInByKeyboard } from './support/keyboard';

// How Atrium adapts to the person's display: forced colours and a 320 px window. Driven by the
// keyboard alone, as keyboard.e2e.test.ts and keyboardPanels.e2e.test.ts: no click() in this file.
let sandbox: Sandbox;
let atrium: TestAtrium;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 40, posts: 800, seed: 5, rateLimit: false });
  atrium = await startAtrium({ viewport: { width: 1360, height: 860 } });
  await signInByKeyboard(atrium, sandbox, sandbox.demoUser);
  await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
  await focusWhere(atrium.page, (f) => f.tag === 'H1');
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

describe('forced colours and narrow windows', () => {
  it('moves the notification tabs with the arrow keys, the selected one framed in forced colours, and passes axe there', async () => {
    const { page } = atrium;
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    await focusWhere(page, (f) => f.tag === 'H1' && f.text === 'Notifications');
    for (let step = 0; step < 8 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'tab'; step++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    const mentions = page.getByRole('tab', { name: 'Mentions' });
    await expect(mentions.getAttribute('aria-selected')).resolves.toBe('true');
    expect((await focused(page)).text).toBe('Mentions');
    await page.emulateMedia({ forcedColors: 'active' });
    await expect(mentions.evaluate((tab) => getComputedStyle(tab).outlineStyle)).resolves.toBe('solid');
    await page.screenshot({ path: path.join(docsDir, 'keyboard-forced-colours.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('fits every main view into 320 CSS pixels without scrolling sideways or clipping', async () => {
    const { page } = atrium;
    await page.setViewportSize({ width: 320, height: 720 });
    for (const [key, heading] of [['h', 'Home'], ['o', null], ['n', 'Notifications'], ['t', 'Fediverse'], ['b', 'Bookmarks'], ['f', 'Favourites'], ['l', 'Lists'], ['d', 'Directory']] as const) {
      await page.keyboard.press('g');
      await page.keyboard.press(key);
      if (heading) await focusWhere(page, (f) => f.tag === 'H1' && f.text === heading);
      // Drawn, not only headed: the view's own content has arrived (lazy views load their code first).
      await page.waitForFunction(() => {
        const column = document.querySelector<HTMLElement>('main > section');
        return (column?.innerText.length ?? 0) > 60 && !column?.querySelector('[aria-label="Loading posts…"], [aria-busy="true"]');
      });
      const view = (await focused(page)).text;
      await page.screenshot({ path: path.join(docsDir, `narrow-${key}.png`) });
      expect(await overflowing(atrium.page), view).toEqual([]);
    }
    // The scheduling desk has no letter of its own: from the rail, Tab to it and Enter.
    await page.keyboard.press('Shift+F6');
    await focusWhere(page, (f) => f.inRail);
    for (let step = 0; step < 12 && !(await focused(page)).text.includes('Scheduled'); step++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await focusWhere(page, (f) => f.tag === 'H1' && f.text === 'Scheduled');
    await page.waitForFunction(() => !/Loading/.test(document.querySelector<HTMLElement>('main > section')?.innerText ?? 'Loading'));
    await page.screenshot({ path: path.join(docsDir, 'narrow-scheduled.png') });
    expect(await overflowing(atrium.page), 'Scheduled').toEqual([]);
  });
});
