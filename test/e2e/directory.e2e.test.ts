import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { NEW_HIRE_USERNAME } from '../sandbox/seed/newHire';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { fieldValue, followedBy, sandboxDirectory } from './support/directoryGraph';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;
const viewport = { width: 1280, height: 900 };

beforeAll(async () => {
  // The sandbox counts requests per token like Mastodon; the 429 below is forced on purpose instead.
  sandbox = await startSandbox({ staff: 1_000, posts: 1_500, seed: 11, rateLimit: false });
  atrium = await startAtrium({ viewport, secretStore: new MemorySecretStore() });
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await atrium.page.getByRole('button', { name: 'Directory' }).click();
  await atrium.page.getByRole('searchbox', { name: 'Search the directory' }).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

const people = () => atrium.page.getByRole('list', { name: 'People in the directory' });
const resultCount = async () => Number(/\d+/.exec((await atrium.page.getByRole('status').filter({ hasText: /people|person/ }).first().textContent()) ?? '')?.[0]);

describe('the directory against a sandbox of 1,000 staff', () => {
  it('lists everyone who chose to be listed, and says that others are not', async () => {
    const listed = await sandboxDirectory(sandbox);
    await atrium.page.getByText('People who chose not to be listed do not.', { exact: false }).waitFor();
    await expect.poll(resultCount).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(800);
  });

  it('finds a team by its name, and a Location filter narrows it', async () => {
    const listed = await sandboxDirectory(sandbox);
    const platform = listed.filter((account) => fieldValue(account, 'Team') === 'Platform');
    await atrium.page.getByRole('searchbox', { name: 'Search the directory' }).fill('platfor');
    // The list trails the search box (a deferred value): wait until it shows this query's results.
    await atrium.page.locator('[data-results-for="platfor"]').waitFor();
    await expect.poll(resultCount).toBeGreaterThanOrEqual(platform.length);
    const firstCard = people().getByRole('article').first();
    await expect(firstCard.getByRole('button', { name: /Team: Platform/ }).count()).resolves.toBe(1);

    await atrium.page.getByRole('combobox', { name: 'Location' }).selectOption({ label: (await locationOption('Lisbon')) ?? '' });
    const inLisbon = platform.filter((account) => fieldValue(account, 'Location') === 'Lisbon');
    await expect.poll(resultCount).toBe(inLisbon.length);
    const cards = people().getByRole('article');
    for (const card of await cards.all()) await expect(card.getByRole('button', { name: /Location: Lisbon/ }).count()).resolves.toBe(1);
    await atrium.page.getByRole('combobox', { name: 'Team' }).selectOption({ label: (await teamOption('Platform')) ?? '' });
    await atrium.page.screenshot({ path: path.join(docsDir, 'directory.png') });
  });

  it('passes axe with the directory open', async () => {
    const results = await new AxeBuilder({ page: atrium.page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  it('opens a team page and follows all of it, waiting out a 429 in the middle', async () => {
    const { page } = atrium;
    await page.getByRole('searchbox', { name: 'Search the directory' }).fill('');
    await page.getByRole('combobox', { name: 'Location' }).selectOption({ label: 'Any' });
    await page.getByRole('combobox', { name: 'Team' }).selectOption({ label: (await teamOption('Legal')) ?? '' });
    await page.getByRole('button', { name: 'Team: Legal — open page' }).click();
    const heading = page.getByRole('heading', { name: 'Team: Legal' });
    await heading.waitFor();
    await expect(heading.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    const legal = (await sandboxDirectory(sandbox)).filter((account) => fieldValue(account, 'Team') === 'Legal');
    const demoId = (await sandboxDirectory(sandbox)).find((account) => account.acct === sandbox.demoUser.username)?.id;
    const members = legal.map((account) => account.id).filter((id) => id !== demoId);
    const before = await followedBy(sandbox, sandbox.demoUser.username, members);
    expect(before.size).toBeLessThan(members.length);

    // Slow enough that the 429 lands in the middle of the run.
    sandbox.misbehave.latencyMs(60);
    await page.getByRole('button', { name: /^Follow all \d+$/ }).click();
    await page.getByText(/\d+ of \d+ done: [1-9]\d* followed/).waitFor();
    sandbox.misbehave.force429(2, 1);
    await page.getByText('The server asked Atrium to slow down. Waiting 2 s, then continuing.').waitFor();
    await page.screenshot({ path: path.join(docsDir, 'team.png') });
    await page.getByText(/^Done: \d+ followed/).waitFor({ timeout: 40_000 });
    sandbox.misbehave.latencyMs(0);
    const done = (await page.getByText(/^Done: \d+ followed/).textContent()) ?? '';
    expect(done).toContain(`${before.size} already followed`);
    expect(await followedBy(sandbox, sandbox.demoUser.username, members)).toEqual(new Set(members));

    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search the directory' }).waitFor();
  });
});

describe('a first day', () => {
  it('welcomes a new colleague with the rules, their team and official accounts, and follows the ticked ones in one click', async () => {
    const newcomer = await startAtrium({ viewport, secretStore: new MemorySecretStore() });
    try {
      await signInThroughBrowser(newcomer, sandbox.url, { username: NEW_HIRE_USERNAME, password: sandbox.password });
      const { page } = newcomer;
      await page.getByRole('heading', { name: /Welcome to .*, Robin Newhall!/ }).waitFor({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'House rules' }).waitFor();
      const team = page.getByRole('region', { name: 'Your team' });
      await team.getByRole('checkbox').first().waitFor({ timeout: 30_000 });
      await page.getByRole('region', { name: 'Official accounts' }).getByText('Internal Comms').waitFor();
      await page.getByRole('checkbox', { name: /atrium/ }).check();
      await page.getByRole('heading', { name: /Welcome to/ }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(docsDir, 'first-day.png') });
      const button = page.getByRole('button', { name: /^Follow \d+ people and 1 hashtag$/ });
      const count = Number(/Follow (\d+)/.exec((await button.textContent()) ?? '')?.[1]);
      expect(count).toBeGreaterThan(3);
      await button.click();
      await page.getByText(`Done: you now follow ${count} people more and 1 hashtag more.`).waitFor({ timeout: 30_000 });
    } finally {
      await newcomer.close();
    }
  });
});

describe('a server without a directory', () => {
  it('says so in a sentence and offers account search', async () => {
    const gts = await startSandbox({ staff: 40, posts: 40, seed: 3, directory: false });
    const elsewhere = await startAtrium({ viewport, secretStore: new MemorySecretStore() });
    try {
      await signInThroughBrowser(elsewhere, gts.url, gts.demoUser);
      const { page } = elsewhere;
      await page.getByRole('button', { name: 'Directory' }).click();
      await page.getByText('This server has no directory of its people').waitFor({ timeout: 30_000 });
      await page.getByRole('searchbox', { name: 'Search for people on this server' }).fill('Platform');
      await page.getByRole('list', { name: 'People found' }).getByRole('article').first().waitFor();
      await expect(page.getByRole('alert').filter({ hasText: /\S/ }).count()).resolves.toBe(0);
    } finally {
      await elsewhere.close();
      await gts.close();
    }
  });
});

async function optionLabel(name: string, value: string): Promise<string | undefined> {
  const options = await atrium.page.getByRole('combobox', { name }).locator('option').allTextContents();
  return options.find((option) => option.startsWith(`${value} (`));
}
const locationOption = (value: string) => optionLabel('Location', value);
const teamOption = (value: string) => optionLabel('Team', value);
