import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import type { TestAtrium } from './atrium';

/** What has focus, as a person reading the accessibility tree would describe it. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName ?? 'NONE',
      text: element?.textContent?.slice(0, 80) ?? '',
      name: element?.getAttribute('aria-label') ?? null,
      role: element?.getAttribute('role') ?? null,
      statusId: element?.dataset['statusId'] ?? null,
      posInSet: element?.getAttribute('aria-posinset') ?? null,
      setSize: element?.getAttribute('aria-setsize') ?? null,
      inRail: element?.closest('nav') !== null,
      inPanel: element?.closest('[data-region="panel"]') !== null,
      inToolbar: element?.closest('[role="toolbar"]') !== null,
    };
  });

/** One reading of what has focus. */
export type Focus = Awaited<ReturnType<typeof focused>>;

/** Waits until what has focus matches (focus moves after a render, and the machine is busy), then returns it. */
export async function focusWhere(page: Page, test: (focus: Focus) => boolean): Promise<Focus> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const focus = await focused(page);
    if (test(focus) || Date.now() > deadline) return focus;
    await page.waitForTimeout(50);
  }
}

/**
 * Signs in with the keyboard alone: the address and Enter, Enter on the trust question, then the
 * organization's form in the "system browser" page. Resolves once the SSO page has answered.
 */
export async function signInByKeyboard(atrium: TestAtrium, sandbox: Sandbox, user: { username: string; password: string }): Promise<void> {
  const { page } = atrium;
  const address = page.getByLabel("Your organization's address");
  await address.fill(sandbox.url);
  await address.press('Enter');
  await page.getByRole('button', { name: 'Continue to sign-in' }).press('Enter');
  const sso = await atrium.systemBrowser.nextPage();
  await sso.getByLabel(/user ?name/i).fill(user.username);
  await sso.getByLabel(/password/i).fill(user.password);
  await sso.getByLabel(/password/i).press('Enter');
  await sso.getByText(/return to Atrium/i).waitFor();
}

/** Presses `key` until focus is where `test` says (a menu that has just loaded may miss the first press). */
export async function pressUntil(page: Page, key: string, test: (focus: Focus) => boolean): Promise<void> {
  for (let attempt = 0; attempt < 5 && !test(await focused(page)); attempt++) {
    await page.keyboard.press(key);
    await focusWhere(page, test);
  }
  expect(test(await focused(page))).toBe(true);
}

/** What sticks out past the window's right edge (or makes the page scroll sideways), one line each. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const insideFittingScroller = (element: HTMLElement, width: number): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX;
        if ((overflowX === 'auto' || overflowX === 'scroll') && parent.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      // A row of tabs scrolls sideways on purpose; hidden text for screen readers is not drawn.
      if (element.closest('[role="tablist"], .visually-hidden, [aria-hidden="true"]')) continue;
      // So does a strip inside its own scroller (the directory's new arrivals) that itself fits the window.
      if (insideFittingScroller(element, width)) continue;
      found.push(`${element.tagName.toLowerCase()}.${String(element.className).slice(0, 40)} ends at ${Math.round(box.right)}px`);
    }
    return found.slice(0, 8);
  });
}
