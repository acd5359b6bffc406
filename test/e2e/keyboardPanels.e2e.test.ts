import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { focused, focusWhere, pressUntil, signInByKeyboard, type Focus } from './support/keyboard';
import { followedByDemoUser } from './support/sandboxGraph';

// Driven by the keyboard alone, as keyboard.e2e.test.ts: no click() anywhere in this file.
let sandbox: Sandbox;
let atrium: TestAtrium;
let colleagues: string[];
const ownPost = `Slides for Thursday are in the shared folder (${Date.now()})`;
const warning = 'Quarterly numbers, before the all-hands';

const liveRegion = () => atrium.page.getByTestId('live-region');
const homeFeed = () => atrium.page.getByRole('feed', { name: 'Home' });

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 40, posts: 800, seed: 5, rateLimit: false });
  colleagues = await followedByDemoUser(sandbox);
  // The top of Home: the demo user's own post, then a colleague's behind a content warning.
  const posted = await fetch(`${sandbox.url}/api/v1/statuses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.issueToken(colleagues[0] as string)}`, 'content-type': 'application/json' },
    // Behind the warning: a hashtag (a link) and a poll, the controls a post keeps out of the feed's Tab order.
    body: JSON.stringify({ status: 'Revenue is up four percent on last quarter. #quarterly', spoiler_text: warning, poll: { options: ['Celebrate', 'Wait for Q4'], expires_in: 86_400 } }),
  });
  if (!posted.ok) throw new Error(`Posting behind a content warning failed: ${posted.status}`);
  await sandbox.postAs(sandbox.demoUser.username, { status: ownPost });
  atrium = await startAtrium({ viewport: { width: 1360, height: 860 } });
  await signInByKeyboard(atrium, sandbox, sandbox.demoUser);
  await homeFeed().getByRole('article').first().waitFor();
  await focusWhere(atrium.page, (f) => f.tag === 'H1');
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

describe('posts, panels and dialogs with the keyboard alone', () => {
  it('makes a post one stop: its author once, its actions one toolbar under the arrow keys, then the next post', async () => {
    const { page } = atrium;
    await page.keyboard.press('j');
    const post = await focusWhere(page, (f) => f.posInSet === '1');
    expect(post.name).toMatch(/^Post by .+, /);
    const stops: string[] = [];
    for (let step = 0; step < 12 && !(await focused(page)).inToolbar; step++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('aria-hidden') ?? ''}${document.activeElement?.getAttribute('href') ?? ''}`.trim()));
    }
    // The name is the one way to the profile: neither the avatar (hidden, a second way) nor the time link is a stop.
    expect(stops.filter((stop) => stop.includes('true') || stop.includes('#status'))).toEqual([]);
    expect((await focused(page)).name).toMatch(/^Reply/);
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).name).toMatch(/^Boost/);
    await page.keyboard.press('End');
    expect((await focused(page)).name).toBe('More actions');
    await page.keyboard.press('Home');
    expect((await focused(page)).name).toMatch(/^Reply/);
    await page.keyboard.press('Tab');
    expect(await focusWhere(page, (f) => f.posInSet === '2')).toMatchObject({ tag: 'ARTICLE', posInSet: '2' });
    // The next post has a warning button, a link and a poll inside: still the author, then the actions.
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('BUTTON');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ inToolbar: true });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ tag: 'ARTICLE', posInSet: '2' });
  });

  it('opens a content warning with x and says so', async () => {
    const { page } = atrium;
    const article = page.locator('article:focus');
    await expect(article.getByText(warning).count()).resolves.toBe(1);
    await page.keyboard.press('x');
    await liveRegion().getByText('Content warning opened').waitFor();
    await article.getByText('Revenue is up four percent').waitFor();
    await page.keyboard.press('x');
    await liveRegion().getByText('Content warning closed').waitFor();
  });

  it('goes into a post with i: its warning, link and poll by Tab, round within the post, Escape back to it', async () => {
    const { page } = atrium;
    const post = await focused(page);
    // By its id: once focus is inside, the post itself is no longer :focus.
    const article = page.locator(`article[data-status-id="${post.statusId}"]`);
    const onPost = (f: Focus) => f.tag === 'ARTICLE' && f.statusId === post.statusId;
    await page.keyboard.press('i');
    expect((await focusWhere(page, (f) => f.text === 'Show post')).text).toBe('Show post');
    await page.keyboard.press('Enter');
    await article.getByText('Revenue is up four percent').waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('#quarterly');
    await page.keyboard.press('Escape');
    expect(await focusWhere(page, onPost)).toMatchObject({ tag: 'ARTICLE', statusId: post.statusId });
    // In again: Shift+Tab past the author goes round to the actions, Tab from there round to the author.
    await page.keyboard.press('i');
    await focusWhere(page, (f) => f.text === 'Hide post');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ inToolbar: true });
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(await article.locator('header button:not([aria-hidden])').textContent());
    // On to the poll: the link, the first choice; the arrow picks the second, Tab reaches Vote.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).type)).resolves.toBe('radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Vote');
    await page.screenshot({ path: path.join(docsDir, 'keyboard-inside-post.png') });
    await page.keyboard.press('Enter');
    await article.getByRole('list', { name: 'Poll results' }).waitFor();
    // The form gave way to the results: focus is back on the post, not on the page.
    expect(await focusWhere(page, onPost)).toMatchObject({ tag: 'ARTICLE', statusId: post.statusId });
    await expect(article.getByLabel('Your vote').count()).resolves.toBe(1);
  });

  it('opens the author’s profile with p and comes back to the post with Backspace', async () => {
    const { page } = atrium;
    const post = await focused(page);
    await page.keyboard.press('p');
    const panel = page.getByRole('region', { name: /^Profile of / });
    await panel.waitFor();
    expect(await focusWhere(page, (f) => f.inPanel)).toMatchObject({ inPanel: true });
    await page.keyboard.press('Backspace');
    await panel.waitFor({ state: 'detached' });
    expect(await focusWhere(page, (f) => f.statusId === post.statusId)).toMatchObject({ tag: 'ARTICLE', statusId: post.statusId });
  });

  it('says a streamed post is waiting', async () => {
    await sandbox.postAs(colleagues[1] as string, { status: `Coffee machine on the third floor is fixed (${Date.now()})` });
    await liveRegion().getByText('1 new post waiting in Home').waitFor({ timeout: 15_000 });
  });

  it('shows “1 new post” above the feed, not over its top post, in light, dark and 320 px wide; the header names the account whole', async () => {
    const { page } = atrium;
    const pill = page.getByRole('button', { name: '1 new post' });
    await pill.waitFor();
    // Everything of the feed that can be seen lies below the button.
    const overlap = () =>
      pill.evaluate((button) => {
        const scroller = document.querySelector('[role="feed"][aria-label="Home"]')?.parentElement;
        return scroller ? Math.max(0, button.getBoundingClientRect().bottom - scroller.getBoundingClientRect().top) : -1;
      });
    const handle = page.locator('#column-main ~ span [title]');
    const full = await handle.getAttribute('title');
    expect(full).toMatch(new RegExp(`^@${sandbox.demoUser.username}@127\\.0\\.0\\.1:\\d+$`));
    expect(await handle.textContent()).toBe(full);
    await expect(overlap()).resolves.toBe(0);
    await page.screenshot({ path: path.join(docsDir, 'new-posts.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(overlap()).resolves.toBe(0);
    await page.screenshot({ path: path.join(docsDir, 'new-posts-dark.png') });
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      await expect(overlap()).resolves.toBe(0);
      await page.screenshot({ path: path.join(docsDir, 'new-posts-narrow.png') });
      // Narrow, the server gives way before the name: the name is drawn whole.
      // The text's own width against its box's, to the fraction: an ellipsis is drawn for a fraction of a pixel too much.
      const clipped = await handle.evaluate((element) =>
        [...element.children].map((part) => {
          const text = document.createRange();
          text.selectNodeContents(part);
          return text.getBoundingClientRect().width > part.getBoundingClientRect().width + 0.01;
        }),
      );
      await page.locator('#column-main').locator('..').screenshot({ path: path.join(docsDir, 'header-narrow.png') });
      expect(clipped).toEqual([false, true]);
    } finally {
      await page.setViewportSize({ width: 1360, height: 860 });
      await page.emulateMedia({ colorScheme: null });
    }
  });

  it('says when the columns’ live updates stop and when they come back', async () => {
    // The server goes away for a while (a stream that drops and comes straight back is not worth a word).
    await sandbox.misbehave.down();
    sandbox.misbehave.dropStreams();
    try {
      await liveRegion().getByText(/^Live updates paused in .*Home/).waitFor({ timeout: 15_000 });
    } finally {
      await sandbox.misbehave.up();
    }
    await liveRegion().getByText(/^Live updates back in .*Home/).waitFor({ timeout: 45_000 });
  });

  it('opens Delete from your post’s menu: cancelled, focus is back on the post; confirmed, on the next one', async () => {
    const { page } = atrium;
    // Your own post is among the first few of Home.
    for (let step = 0; step < 4 && !(await page.locator('article:focus').textContent())?.includes(ownPost); step++) await page.keyboard.press('k');
    for (let step = 0; step < 6 && !(await page.locator('article:focus').textContent())?.includes(ownPost); step++) await page.keyboard.press('j');
    expect(await page.locator('article:focus').textContent()).toContain(ownPost);
    const post = await focused(page);
    for (let step = 0; step < 12 && !(await focused(page)).inToolbar; step++) await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    // The menu's code loads on first use: keys go to it once it holds focus.
    await focusWhere(page, (f) => f.role === 'menuitem' || f.role === 'menu');
    // Delete is the menu's last entry.
    await pressUntil(atrium.page, 'End', (f) => f.text.trim() === 'Delete');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Delete this post?' });
    await dialog.waitFor();
    await page.screenshot({ path: path.join(docsDir, 'keyboard-delete.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusWhere(page, (f) => f.statusId === post.statusId)).toMatchObject({ tag: 'ARTICLE', statusId: post.statusId });
    // Deleted for real, focus goes to the post that took its place, not to the page.
    for (let step = 0; step < 12 && !(await focused(page)).inToolbar; step++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await focusWhere(page, (f) => f.role === 'menuitem' || f.role === 'menu');
    await pressUntil(atrium.page, 'End', (f) => f.text.trim() === 'Delete');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // Cancel has focus first (the safe choice); Tab moves to Delete.
    await focusWhere(page, (f) => f.text === 'Cancel');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Delete');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const next = await focusWhere(page, (f) => f.tag === 'ARTICLE' && f.statusId !== post.statusId);
    expect(next).toMatchObject({ tag: 'ARTICLE' });
    expect(next.statusId).not.toBe(post.statusId);
  });

  it('goes to “Add an account” from the account switcher, focus on its heading, and back to the switcher with Escape', async () => {
    const { page } = atrium;
    await page.keyboard.press('Shift+F6');
    await focusWhere(page, (f) => f.inRail);
    for (let step = 0; step < 6 && !(await focused(page)).name?.startsWith('Accounts'); step++) await page.keyboard.press('Shift+Tab');
    const switcher = await focused(page);
    expect(switcher.name).toMatch(/^Accounts — active: /);
    await openAddAccount();
    expect(await focusWhere(page, (f) => f.tag === 'H1')).toMatchObject({ tag: 'H1', text: 'Add an account' });
    await page.keyboard.press('Escape');
    expect(await focusWhere(page, (f) => f.name === switcher.name)).toMatchObject({ inRail: true, name: switcher.name });
    // From the question about the server, Escape leaves too (not only back to the address).
    await openAddAccount();
    await enterAddress();
    await focusWhere(page, (f) => f.text === 'Continue to sign-in');
    await page.keyboard.press('Escape');
    expect(await focusWhere(page, (f) => f.name === switcher.name)).toMatchObject({ inRail: true, name: switcher.name });
    // And while the browser is open: that sign-in is stopped as well.
    await openAddAccount();
    await enterAddress();
    await focusWhere(page, (f) => f.text === 'Continue to sign-in');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Finish signing in in your browser' }).waitFor();
    const sso = await atrium.systemBrowser.nextPage();
    await page.keyboard.press('Escape');
    expect(await focusWhere(page, (f) => f.name === switcher.name)).toMatchObject({ inRail: true, name: switcher.name });
    expect(atrium.bridgeCalls.map((entry) => entry.call)).toContain('cancelSignIn');
    await sso.close();
  });

  it('signs in a second account, then switches back with Ctrl+1: focus on the heading, the switch announced', async () => {
    const { page } = atrium;
    await openAddAccount();
    await focusWhere(page, (f) => f.tag === 'H1');
    await signInByKeyboard(atrium, sandbox, { username: colleagues[2] as string, password: sandbox.demoUser.password });
    await homeFeed().getByRole('article').first().waitFor();
    await page.keyboard.press('Control+1');
    await liveRegion().getByText(new RegExp(`^Now using @${sandbox.demoUser.username}@`)).waitFor();
    expect(await focusWhere(page, (f) => f.tag === 'H1')).toMatchObject({ tag: 'H1', text: 'Home' });
  });
});

/** Opens the account switcher's menu from its button and chooses “Add an account”. */
async function openAddAccount(): Promise<void> {
  const { page } = atrium;
  await page.keyboard.press('Enter');
  await focusWhere(page, (f) => f.role === 'menuitem' || f.role === 'menu');
  // The last entry is Sign out; the one above it, Add an account.
  await pressUntil(atrium.page, 'End', (f) => f.text.trim().startsWith('Sign out'));
  await page.keyboard.press('ArrowUp');
  // The menu moves focus on its next frame: wait for it before reading it.
  expect((await focusWhere(page, (f) => f.text.trim() === 'Add an account')).text.trim()).toBe('Add an account');
  await page.keyboard.press('Enter');
}

/** Types the sandbox's address on “Add an account” (focus is on its heading) and sends it with Enter. */
async function enterAddress(): Promise<void> {
  const address = atrium.page.getByLabel("Your organization's address");
  await focusWhere(atrium.page, (f) => f.tag === 'H1');
  await address.fill(sandbox.url);
  await address.press('Enter');
}
