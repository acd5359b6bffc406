import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../main/policy/policy';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { seriousViolations } from './support/axe';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { editHistory, pngImage, postsSaying } from './support/serverState';
import { signInThroughBrowser, startSignedIn } from './support/signIn';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';

let sandbox: Sandbox;
let atrium: TestAtrium;
let page: Page;
let demo: string;
// The composer is under test, not the keychain: tokens stay in memory, shared by a restart.
const secretStore = new MemorySecretStore();

beforeAll(async () => {
  ({ sandbox, atrium } = await startSignedIn({ staff: 30, posts: 400, seed: 8, rateLimit: false }, { viewport: { width: 1360, height: 900 }, secretStore }));
  demo = sandbox.demoUser.username;
  page = atrium.page;
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

const home = () => page.getByRole('feed', { name: 'Home' });
const composer = () => page.getByRole('complementary', { name: /New post|Reply|Quote post|Edit post/ });
const postText = () => composer().getByRole('textbox', { name: 'Post text' });
const compose = () => page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name: 'Compose' });

/** Opens the composer with Compose and waits for its text field to have focus. */
async function openComposer(): Promise<void> {
  await compose().click();
  await expect.poll(() => postText().evaluate((element) => element === document.activeElement)).toBe(true);
}

describe('the composer', () => {
  it('opens beside the timeline with focus in the text, passes axe, and gives focus back on Escape', async () => {
    await openComposer();
    await expect(home().getByRole('article').first().isVisible()).resolves.toBe(true);
    await composer().getByText('500 characters left').waitFor();
    await page.screenshot({ path: path.join(docsDir, 'composer.png') });
    expect(await seriousViolations(page, 'aside')).toEqual([]);
    await page.keyboard.press('Escape');
    await composer().waitFor({ state: 'detached' });
    await expect.poll(() => compose().evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('completes a colleague’s handle from the keyboard', async () => {
    await openComposer();
    await postText().pressSequentially('Thanks @rafael');
    const suggestions = composer().getByRole('listbox', { name: 'Suggestions' });
    await suggestions.getByRole('option', { name: /Rafael Moreau/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => postText().inputValue()).toBe('Thanks @rafael_moreau ');
    await suggestions.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await composer().waitFor({ state: 'detached' });
  });

  it('posts two images with alt text behind a content warning, and the post shows in Home at once', async () => {
    await openComposer();
    await composer().locator('input[type=file]').setInputFiles([pngImage({ name: 'harbour.png' }), pngImage({ name: 'crane.png', rgb: [160, 90, 40] })]);
    const items = composer().getByRole('listitem', { name: /^Attachment \d$/ });
    await expect.poll(() => items.count()).toBe(2);
    await composer().getByRole('textbox', { name: 'Description (alt text)' }).first().fill('The harbour at dawn, two ferries moored');
    await composer().getByRole('textbox', { name: 'Description (alt text)' }).nth(1).fill('A red crane against the sky');
    await composer().getByRole('button', { name: 'Add a content warning' }).click();
    await composer().getByRole('textbox', { name: 'Content warning' }).fill('Harbour photos');
    await postText().fill('Site visit pictures from this morning');
    await composer().getByRole('button', { name: 'Move attachment 2 earlier' }).click();
    await page.screenshot({ path: path.join(docsDir, 'composer-media.png') });
    await composer().getByRole('button', { name: 'Post', exact: true }).click();
    await composer().waitFor({ state: 'detached' });
    await home().getByRole('article').first().getByText('Harbour photos').waitFor();

    const [post] = await postsSaying(sandbox, demo, 'Site visit pictures');
    expect(post?.spoilerText).toBe('Harbour photos');
    // Reordered: the crane comes first now.
    expect(post?.media.map((media) => media.description)).toEqual(['A red crane against the sky', 'The harbour at dawn, two ferries moored']);
  });

  it('deletes and redrafts a post, keeping its media and alt text', async () => {
    const card = home().getByRole('article').filter({ hasText: 'Harbour photos' }).first();
    await card.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete and redraft' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete and redraft' }).click();
    await expect.poll(() => postText().inputValue()).toBe('Site visit pictures from this morning');
    await expect(composer().getByRole('textbox', { name: 'Content warning' }).inputValue()).resolves.toBe('Harbour photos');
    await expect(composer().getByRole('textbox', { name: 'Description (alt text)' }).first().inputValue()).resolves.toBe('A red crane against the sky');
    await postText().fill('Site visit pictures from this morning, with captions');
    await composer().getByRole('button', { name: 'Post', exact: true }).click();
    await composer().waitFor({ state: 'detached' });
    const posts = await postsSaying(sandbox, demo, 'Site visit pictures');
    expect(posts.map((post) => post.media.map((media) => media.description))).toEqual([['A red crane against the sky', 'The harbour at dawn, two ferries moored']]);
  });

  it('posts a poll', async () => {
    await openComposer();
    await postText().fill('Where should the team offsite be?');
    await composer().getByRole('button', { name: 'Add a poll' }).click();
    await composer().getByRole('textbox', { name: 'Option 1' }).fill('By the sea');
    await composer().getByRole('textbox', { name: 'Option 2' }).fill('In the mountains');
    await composer().getByRole('button', { name: 'Add an option' }).click();
    await composer().getByRole('textbox', { name: 'Option 3' }).fill('At the office');
    await composer().getByRole('checkbox', { name: 'Allow several choices' }).check();
    await page.keyboard.press('Control+Enter');
    await composer().waitFor({ state: 'detached' });
    await home().getByRole('article').first().getByText('In the mountains').waitFor();
    const [post] = await postsSaying(sandbox, demo, 'team offsite');
    expect(post?.poll).toEqual({ options: ['By the sea', 'In the mountains', 'At the office'], multiple: true });
  });

  it('edits a post, and the edit history shows both versions', async () => {
    const card = home().getByRole('article').filter({ hasText: 'team offsite' }).first();
    await card.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await expect.poll(() => postText().inputValue()).toBe('Where should the team offsite be?');
    await postText().fill('Where should the spring team offsite be?');
    await composer().getByRole('button', { name: 'Save edit' }).click();
    await composer().waitFor({ state: 'detached' });
    const edited = home().getByRole('article').filter({ hasText: 'spring team offsite' }).first();
    await edited.getByRole('button', { name: 'Edited' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Where should the team offsite be?').waitFor();
    await dialog.getByText('Where should the spring team offsite be?').first().waitFor();
    await page.keyboard.press('Escape');
    const [post] = await postsSaying(sandbox, demo, 'spring team offsite');
    expect((await editHistory(sandbox, demo, post!.id)).length).toBe(2);
  });

  it('quotes a post', async () => {
    const original = home().getByRole('article').filter({ hasText: 'spring team offsite' }).first();
    await original.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Quote' }).click();
    await composer().getByText('Quoting a post').waitFor();
    await postText().fill('Vote before Friday, please');
    await composer().getByRole('button', { name: 'Post', exact: true }).click();
    await composer().waitFor({ state: 'detached' });
    const quoting = home().getByRole('article').filter({ hasText: 'Vote before Friday' }).first();
    await quoting.getByRole('figure', { name: 'Quoted post' }).getByText('spring team offsite').waitFor();
    const [post] = await postsSaying(sandbox, demo, 'Vote before Friday');
    expect(post?.quote?.state).toBe('accepted');
  });

  it('keeps the text when the answer to a post is lost, and Retry posts it exactly once', async () => {
    sandbox.misbehave.dropNextAnswer('POST /api/v1/statuses');
    await openComposer();
    await postText().fill('All-hands moved to 3 pm');
    await composer().getByRole('button', { name: 'Post', exact: true }).click();
    const failure = composer().getByRole('alert').filter({ hasText: 'Not sent' });
    await failure.waitFor();
    await expect(postText().inputValue()).resolves.toBe('All-hands moved to 3 pm');
    // The server did store it: only the idempotency key keeps Retry from posting it again.
    await expect.poll(async () => (await postsSaying(sandbox, demo, 'All-hands moved')).length).toBe(1);
    await failure.getByRole('button', { name: 'Retry' }).click();
    await composer().waitFor({ state: 'detached' });
    await home().getByRole('article').first().getByText('All-hands moved to 3 pm').waitFor();
    expect(await postsSaying(sandbox, demo, 'All-hands moved')).toHaveLength(1);
  });

  it('replies as an official account, its colour in the composer, after finding the post from its server', async () => {
    const host = new URL(sandbox.url).host;
    const demoHandle = `@${demo}@${host}`;
    await page.getByRole('button', { name: `Accounts — active: ${demoHandle}` }).click();
    await page.getByRole('menuitem', { name: 'Add an account' }).click();
    await signInThroughBrowser(atrium, sandbox.url, { username: 'comms', password: sandbox.password });
    await page.getByRole('button', { name: `Accounts — active: @comms@${host}` }).waitFor();
    await page.keyboard.press('Control+1');
    await page.getByRole('button', { name: `Accounts — active: ${demoHandle}` }).waitFor();

    const target = home().getByRole('article').filter({ hasText: 'All-hands moved' }).first();
    await target.getByRole('button', { name: 'Reply' }).click();
    await composer().getByText(`Replying to @${demo}`).waitFor();
    await composer().getByRole('button', { name: 'Post as another account' }).click();
    await page.getByRole('menuitem', { name: /Internal Comms/ }).click();
    await composer().getByText(`@comms@${host}`).waitFor();
    const searches = () => atrium.bridgeCalls.filter(({ call, input }) => call === 'callMastodon' && JSON.stringify((input as { path: unknown }).path) === '["v2","search","list"]');
    await expect.poll(() => searches().length).toBeGreaterThan(0);
    await postText().pressSequentially('Thanks, shared with everyone.');
    // The posting account's own colour (as main assigned it) marks the composer.
    const colours = await composer()
      .locator('[data-account-id]')
      .evaluate(async (element) => {
        const listed = await window.atrium.listAccounts({});
        const account = listed.ok ? listed.value.accounts.find((candidate) => candidate.id === element.getAttribute('data-account-id')) : undefined;
        const probe = document.createElement('span');
        probe.style.color = account?.color ?? '';
        document.body.append(probe);
        const expected = getComputedStyle(probe).color;
        probe.remove();
        return { shown: getComputedStyle(element).borderLeftColor, expected, acct: account?.acct };
      });
    expect(colours.acct).toBe('comms');
    expect(colours.shown).toBe(colours.expected);
    await page.screenshot({ path: path.join(docsDir, 'composer-official.png') });

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(docsDir, 'composer-dark.png') });
    expect(await seriousViolations(page, 'aside')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await composer().getByRole('button', { name: 'Reply', exact: true }).click();
    await composer().waitFor({ state: 'detached' });
    const [reply] = await postsSaying(sandbox, 'comms', 'shared with everyone');
    const [original] = await postsSaying(sandbox, demo, 'All-hands moved');
    expect(reply?.inReplyToId).toBe(original?.id);
  });

  it('replies from an account on another server after finding the post there, and says so when that server cannot see it', async () => {
    const other = await startSandbox({ staff: 10, posts: 20, seed: 11, rateLimit: false });
    try {
      const host = new URL(sandbox.url).host;
      const otherHost = new URL(other.url).host;
      const demoHandle = `@${demo}@${host}`;
      await page.getByRole('button', { name: `Accounts — active: ${demoHandle}` }).click();
      await page.getByRole('menuitem', { name: 'Add an account' }).click();
      await signInThroughBrowser(atrium, other.url, other.demoUser);
      await page.getByRole('button', { name: `Accounts — active: @${other.demoUser.username}@${otherHost}` }).waitFor();
      await page.keyboard.press('Control+1');
      await page.getByRole('button', { name: `Accounts — active: ${demoHandle}` }).waitFor();
      const replyAs = async (text: string) => {
        await home().getByRole('article').filter({ hasText: text }).first().getByRole('button', { name: 'Reply' }).click();
        await composer().getByRole('button', { name: 'Post as another account' }).click();
        await page.getByRole('menuitem', { name: new RegExp(otherHost.replace(/[.:]/g, '\\$&')) }).click();
        await composer().getByText(`@${other.demoUser.username}@${otherHost}`).waitFor();
      };

      await replyAs('All-hands moved');
      await postText().pressSequentially('Noted, from the other office.');
      await composer().getByRole('button', { name: 'Reply', exact: true }).click();
      await composer().waitFor({ state: 'detached' });
      const [reply] = await postsSaying(other, other.demoUser.username, 'from the other office');
      const [original] = await postsSaying(sandbox, demo, 'All-hands moved');
      // The reply answers the other server's own copy of the post, found by its address.
      expect(reply?.inReplyToId).toBeTruthy();
      expect(reply?.inReplyToId).not.toBe(original?.id);
      expect(reply?.content).toContain(`@${demo}`);

      // A followers-only post cannot be seen from the other server: the composer says so and will not send.
      await sandbox.postAs(demo, { status: 'Team-only planning note', visibility: 'private' });
      // It streams in behind the "new posts" button.
      await page.getByRole('button', { name: /new posts?$/ }).first().click();
      await home().getByRole('article').filter({ hasText: 'Team-only planning note' }).first().waitFor();
      await replyAs('Team-only planning note');
      await composer().getByRole('alert').filter({ hasText: 'cannot find the post' }).waitFor();
      await composer().getByRole('button', { name: 'Reply', exact: true }).click();
      await composer().getByRole('alert').filter({ hasText: 'Pick another account' }).last().waitFor();
      expect(await postsSaying(other, other.demoUser.username, 'Team-only')).toHaveLength(0);

      // Deleting that draft from the Drafts list leaves a fresh post for the active account.
      await composer().getByRole('button', { name: 'Drafts' }).click();
      const drafts = page.getByRole('complementary', { name: 'Drafts' });
      await drafts.getByRole('button', { name: /Delete the draft “@/ }).first().click();
      await drafts.getByRole('button', { name: 'Back to the post' }).click();
      await composer().getByText(demoHandle).waitFor();
      await page.keyboard.press('Escape');
      await composer().waitFor({ state: 'detached' });
    } finally {
      await other.close();
    }
  });

  it('brings back a draft after the app is closed mid-sentence, and blocks sending without alt text when IT requires it', async () => {
    await openComposer();
    await postText().fill('Notes for the quarterly review: first,');
    await composer().getByText('Draft saved').waitFor();
    await atrium.quit();

    atrium = await startAtrium({ dataDir: atrium.dataDir, secretStore, viewport: { width: 1360, height: 900 }, policy: { ...DEFAULT_POLICY, requireAltText: true } });
    page = atrium.page;
    await home().getByRole('article').first().waitFor();
    await openComposer();
    await expect.poll(() => postText().inputValue()).toBe('Notes for the quarterly review: first,');

    await composer().locator('input[type=file]').setInputFiles([pngImage({ name: 'chart.png' })]);
    await composer().getByRole('listitem', { name: 'Attachment 1' }).waitFor();
    await composer().getByText('Required by your organization').waitFor();
    await composer().getByRole('button', { name: 'Post', exact: true }).click();
    await composer().getByRole('alert').filter({ hasText: 'Your organization requires alt text' }).waitFor();
    expect(await postsSaying(sandbox, demo, 'quarterly review')).toHaveLength(0);

    await composer().getByRole('textbox', { name: /Description/ }).fill('Bar chart of sales by quarter, rising');
    await composer().getByRole('button', { name: 'Post', exact: true }).click();
    await composer().waitFor({ state: 'detached' });
    const [post] = await postsSaying(sandbox, demo, 'quarterly review');
    expect(post?.media[0]?.description).toBe('Bar chart of sales by quarter, rising');
  });
});

