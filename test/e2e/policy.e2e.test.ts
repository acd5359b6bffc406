/**
 * IT's policy as people meet it: the organization's accent colour on every screen (readable, per axe),
 * and accounts on a server the policy no longer allows paused with a plain sentence (issues 11.1, 16.3).
 */
import path from 'node:path';
import { seriousViolations } from './support/axe';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../../main/policy/policy';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { otherStaff } from '../sandbox/testing/otherStaff';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { signInThroughBrowser } from './support/signIn';

let pinned: Sandbox;
let other: Sandbox;
const running: TestAtrium[] = [];

beforeAll(async () => {
  pinned = await startSandbox({ staff: 20, posts: 120, seed: 21 });
  other = await startSandbox({ staff: 20, posts: 120, seed: 22 });
});

afterAll(async () => {
  for (const atrium of running) await atrium.close().catch(() => undefined);
  await pinned?.close();
  await other?.close();
});

const pinTo = (url: string, extra: Partial<Policy> = {}): Policy => ({
  ...DEFAULT_POLICY,
  source: '/etc/atrium/policy.json',
  instanceOrigin: new URL(url).origin,
  allowOtherInstances: false,
  ...extra,
});

const rootVariable = (page: Page, name: string) => page.evaluate((variable) => getComputedStyle(document.documentElement).getPropertyValue(variable).trim(), name);

describe("the organization's accent colour", () => {
  it.each(['light', 'dark'] as const)('colours the first screen in %s mode, readably', async (colorScheme) => {
    const atrium = await startAtrium({ policy: pinTo(pinned.url, { accentColor: '#0b7a75' }), colorScheme, viewport: { width: 1100, height: 760 } });
    running.push(atrium);
    const { page } = atrium;
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    // Light keeps IT's teal as it is (white text on it is readable); dark lightens it for dark text.
    // The colour maths loads with the first policy that names a colour.
    const themeDefaults = ['#4f46e5', '#818cf8'];
    await expect.poll(async () => themeDefaults.includes(await rootVariable(page, '--accent'))).toBe(false);
    const accent = await rootVariable(page, '--accent');
    if (colorScheme === 'light') expect(accent).toBe('#0b7a75');
    else expect(accent).not.toBe('#0b7a75');
    await expect(page.getByRole('button', { name: 'Continue' }).evaluate((button) => getComputedStyle(button).backgroundColor)).resolves.not.toBe('rgb(79, 70, 229)');
    await page.screenshot({ path: path.join(docsDir, `policy-accent-${colorScheme}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('accounts on a server the policy no longer allows', () => {
  it('are paused at the next start: listed with the reason, not made active, and the first screen explains when none is left', async () => {
    const secrets = new MemorySecretStore();
    const first = await startAtrium({ secretStore: secrets, viewport: { width: 1280, height: 820 } });
    running.push(first);
    await signInThroughBrowser(first, pinned.url, pinned.demoUser);
    await first.page.getByRole('feed', { name: 'Home' }).waitFor();
    // A second account, on the other server, added before IT pinned the first.
    const [colleague] = await otherStaff(other, 1);
    await first.page.getByRole('button', { name: /^Accounts — active:/ }).click();
    await first.page.getByRole('menuitem', { name: 'Add an account' }).click();
    await signInThroughBrowser(first, other.url, { username: colleague as string, password: other.demoUser.password });
    await first.page.getByRole('button', { name: new RegExp(`^Accounts — active: @${colleague}@`) }).waitFor();
    await first.quit();

    // IT pins the first server: the other account is paused and the usable one is active.
    const again = await startAtrium({ secretStore: secrets, dataDir: first.dataDir, policy: pinTo(pinned.url), viewport: { width: 1280, height: 820 } });
    running.push(again);
    const switcher = again.page.getByRole('button', { name: new RegExp(`^Accounts — active: @${pinned.demoUser.username}@`) });
    await switcher.click();
    const otherHost = new URL(other.url).host;
    const paused = again.page.getByRole('menuitem').filter({ hasText: `Paused: your organization no longer allows ${otherHost}.` });
    await paused.waitFor();
    await again.page.screenshot({ path: path.join(docsDir, 'policy-paused-switcher.png') });
    // With a menu open, Radix hides the rest of the page from assistive technology: check the menu itself.
    expect(await seriousViolations(again.page, '[role="menu"]')).toEqual([]);
    await paused.click();
    await again.page.getByRole('feed', { name: 'Home' }).waitFor();
    await expect(switcher.isVisible()).resolves.toBe(true);
    // Nothing was asked of the paused account's server on its behalf.
    expect(again.bridgeCalls.filter(({ call }) => call === 'switchAccount')).toEqual([]);
    await again.quit();

    // IT pins a server neither account is on: the first screen says which accounts are paused.
    const none = await startAtrium({ secretStore: secrets, dataDir: first.dataDir, policy: pinTo('https://social.example.org'), viewport: { width: 1100, height: 820 } });
    running.push(none);
    await none.page.getByRole('heading', { name: 'Paused by your organization' }).waitFor();
    await expect(none.page.getByText(/no longer allows the servers of @/).textContent()).resolves.toContain(`@${colleague}@${otherHost}`);
    await none.page.screenshot({ path: path.join(docsDir, 'policy-paused-first-screen.png') });
    expect(await seriousViolations(none.page)).toEqual([]);
    expect(none.pageErrors).toEqual([]);
  });
});
