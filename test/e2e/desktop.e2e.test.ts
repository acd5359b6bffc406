import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../main/desktop/deepLink';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { seriousViolations } from './support/axe';
import { asDemoUser, showcaseColleague } from './support/people';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;
let colleague: { id: string; acct: string; displayName: string };

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 40, posts: 300, seed: 5, rateLimit: false });
  colleague = await showcaseColleague(sandbox);
  atrium = await startAtrium({ viewport: { width: 1360, height: 860 } });
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

/** What the Electron glue does with a link the system hands over: main parses it, the page is told. */
async function openFromSystem(link: string): Promise<void> {
  const parsed = parseDeepLink(link, new URL(sandbox.url).origin);
  expect(parsed, link).not.toBeNull();
  await atrium.page.evaluate((payload) => (window as { __atriumEmit?: (event: string, payload: unknown) => void }).__atriumEmit?.('openLink', payload), parsed);
}

const panel = () => atrium.page.locator('section[data-region="panel"]');

describe('the desktop around Atrium', () => {
  it('built the bundles the Electron entry and the preview host load', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { main: string };
    for (const file of [pkg.main, 'dist/main/preload.cjs', 'dist/renderer/index.html']) expect(existsSync(file), file).toBe(true);
  });

  it("opens a link to a colleague's profile on the organization's server in the side panel", async () => {
    await openFromSystem(`${sandbox.url}/@${colleague.acct}`);
    const heading = panel().getByRole('heading', { name: colleague.displayName, level: 3 });
    await heading.waitFor();
    // The place in Home is kept: the panel opens beside it.
    await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
    await expect(seriousViolations(atrium.page, 'section[data-region="panel"]')).resolves.toEqual([]);
    await atrium.page.screenshot({ path: path.join(docsDir, 'desktop-link-profile.png') });
  });

  it("opens a web+mastodon follow link and a post's address", async () => {
    const me = await asDemoUser<{ display_name: string }>(sandbox, '/api/v1/accounts/verify_credentials');
    await openFromSystem(`web+mastodon://follow?uri=acct:${sandbox.demoUser.username}@${new URL(sandbox.url).host}`);
    await panel().getByRole('heading', { name: me.display_name.replace(/\s*:\w+:/g, ''), level: 3 }).waitFor();
    const [post] = await asDemoUser<{ url: string; content: string }[]>(sandbox, `/api/v1/accounts/${colleague.id}/statuses?limit=1&exclude_replies=true&exclude_reblogs=true`);
    expect(post).toBeDefined();
    await openFromSystem(post?.url ?? '');
    await atrium.page.getByRole('region', { name: `Conversation with ${colleague.displayName}` }).getByRole('article').first().waitFor();
    await atrium.page.screenshot({ path: path.join(docsDir, 'desktop-link-post.png') });
  });

  it('says in plain words when the server knows no such profile', async () => {
    await openFromSystem(`${sandbox.url}/@nobody_here_at_all`);
    await atrium.page.getByRole('status').getByText('Atrium could not find that profile on your server.').waitFor({ state: 'attached' });
  });
});
