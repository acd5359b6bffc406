/**
 * The composer's calls as the page itself makes them in Chromium: drafts that outlive a restart,
 * an upload whose progress reaches the page as events, and a cancel. The composer's own view is
 * tested in composer.e2e.test.ts; this file checks the main half under it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeApi } from '../../shared/bridgeApi';
import type { UploadProgress } from '../../shared/drafts';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { makeDraft } from '../unit/main/drafts/draftFixture';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';
import { startAtrium, type TestAtrium } from './support/atrium';
import { pngImage, postsBy } from './support/serverState';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;
let accountId: string;
const secretStore = new MemorySecretStore();

type PageWindow = Window & { atrium: BridgeApi; progress?: UploadProgress[] };

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 20, posts: 100, seed: 5, rateLimit: false });
  atrium = await startAtrium({ secretStore });
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
  accountId = await atrium.page.evaluate(async () => {
    const listed = await (window as unknown as PageWindow).atrium.listAccounts({});
    if (!listed.ok || !listed.value.activeId) throw new Error('no account');
    return listed.value.activeId;
  });
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

/** Starts collecting `uploadProgress` events in the page. */
const listenForProgress = () =>
  atrium.page.evaluate(() => {
    const page = window as unknown as PageWindow;
    page.progress = [];
    page.atrium.on('uploadProgress', (event) => page.progress?.push(event));
  });
const progressSeen = () => atrium.page.evaluate(() => (window as unknown as PageWindow).progress ?? []);

describe('the composer’s bridge in Chromium', () => {
  it('uploads a picture with its alt text, and the page hears how far it got', async () => {
    await listenForProgress();
    const image = pngImage({ width: 640, height: 400, name: 'harbour.png' });
    const uploadId = randomUUID();
    const result = await atrium.page.evaluate(
      (input) => (window as unknown as PageWindow).atrium.uploadMedia(input),
      { accountId, uploadId, fileName: image.name, mimeType: image.mimeType, dataBase64: image.buffer.toString('base64'), description: 'The harbour at dawn' },
    );
    expect(result).toMatchObject({ ok: true, value: { type: 'image', description: 'The harbour at dawn', url: expect.stringMatching(/^http/) } });
    await expect.poll(async () => (await progressSeen()).map((event) => event.phase).at(-1)).toBe('processing');
    const uploading = (await progressSeen()).filter((event) => event.uploadId === uploadId && event.phase === 'uploading');
    expect(uploading.at(-1)?.loaded).toBe(uploading.at(-1)?.total);
  });

  it('cancels an upload while the server processes it, and says so', async () => {
    await listenForProgress();
    const uploadId = randomUUID();
    const pending = atrium.page.evaluate(
      (input) => (window as unknown as PageWindow).atrium.uploadMedia(input),
      // Video is processed asynchronously by the sandbox, so there is time to cancel.
      { accountId, uploadId, fileName: 'town-hall.mp4', mimeType: 'video/mp4', dataBase64: Buffer.alloc(50_000, 9).toString('base64') },
    );
    await expect.poll(async () => (await progressSeen()).some((event) => event.uploadId === uploadId && event.phase === 'processing')).toBe(true);
    await atrium.page.evaluate((id) => (window as unknown as PageWindow).atrium.cancelUpload({ uploadId: id }), uploadId);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'upload_cancelled', message: 'The upload of “town-hall.mp4” was cancelled.' } });
  });

  it('keeps a draft through a restart, then forgets it when asked', async () => {
    const draft = makeDraft({ accountId, text: 'Notes for the quarterly review: first,', visibility: 'unlisted' });
    await expect(atrium.page.evaluate((input) => (window as unknown as PageWindow).atrium.saveDraft({ draft: input }), draft)).resolves.toEqual({ ok: true, value: { done: true } });
    await atrium.quit();

    atrium = await startAtrium({ dataDir: atrium.dataDir, secretStore });
    await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
    const listed = await atrium.page.evaluate((id) => (window as unknown as PageWindow).atrium.listDrafts({ accountId: id }), accountId);
    expect(listed).toEqual({ ok: true, value: { drafts: [draft] } });
    await atrium.page.evaluate((input) => (window as unknown as PageWindow).atrium.deleteDraft(input), { accountId, draftId: draft.id });
    await expect(atrium.page.evaluate((id) => (window as unknown as PageWindow).atrium.listDrafts({ accountId: id }), accountId)).resolves.toEqual({ ok: true, value: { drafts: [] } });
    // Nothing was posted along the way.
    expect((await postsBy(sandbox, sandbox.demoUser.username, 5)).some((post) => post.content.includes('quarterly review'))).toBe(false);
  });
});
