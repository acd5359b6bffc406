import type { Page } from 'playwright-core';
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
