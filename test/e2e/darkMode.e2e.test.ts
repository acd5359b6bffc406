import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 40, posts: 800, seed: 13 });
  atrium = await startAtrium({ colorScheme: 'dark', viewport: { width: 1360, height: 860 } });
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

describe('dark mode, from the OS', () => {
  it('reads well: no serious accessibility violations, contrast included', async () => {
    const { page } = atrium;
    await page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
    await page.getByRole('region', { name: 'Notifications' }).getByRole('article').first().waitFor();
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(15, 17, 21)');
    await page.screenshot({ path: path.join(docsDir, 'home-dark.png') });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});
