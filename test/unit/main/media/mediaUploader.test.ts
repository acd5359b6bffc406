/** The uploader against the sandbox on loopback: real multipart, real progress, real 202 processing. */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRestAPIClient } from 'masto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UploadMediaInput, UploadProgress } from '../../../../shared/drafts';
import type { AccountCredentials } from '../../../../main/api/clientPool';
import { mediaLimitsSchema, type MediaLimits } from '../../../../main/media/mediaLimits';
import { MediaUploader } from '../../../../main/media/mediaUploader';
import { startSandbox, type Sandbox } from '../../../sandbox/index';

let sandbox: Sandbox;
let token: string;
let limits: MediaLimits;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 8, posts: 10, rateLimit: false });
  token = sandbox.issueToken(sandbox.demoUser.username);
  limits = mediaLimitsSchema.parse(await createRestAPIClient({ url: sandbox.url, accessToken: token }).v2.instance.fetch());
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.misbehave.reset());

function uploader(accessToken = token) {
  const events: UploadProgress[] = [];
  const credentials: AccountCredentials = {
    instanceUrl: async () => sandbox.url,
    accessToken: async () => accessToken,
    markNeedsSignIn: vi.fn(async () => undefined),
  };
  const instance = new MediaUploader({
    credentials,
    limits: async () => limits,
    emit: (progress) => events.push(progress),
    timing: { firstDelayMs: 20, maxDelayMs: 100 },
  });
  return { instance, events, credentials };
}

const file = (bytes: number, overrides: Partial<UploadMediaInput> = {}): UploadMediaInput => ({
  accountId: 'demo',
  uploadId: randomUUID(),
  fileName: 'chart.png',
  mimeType: 'image/png',
  dataBase64: Buffer.alloc(bytes, 7).toString('base64'),
  ...overrides,
});

/** What the sandbox stored for an attachment, read with the account's own token. */
async function stored(id: string): Promise<{ status: number; body: { description: string | null; meta: { focus?: unknown } | null } }> {
  const answer = await fetch(`${sandbox.url}/api/v1/media/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: answer.status, body: (await answer.json()) as { description: string | null; meta: { focus?: unknown } | null } };
}

describe('uploading an attachment', () => {
  it('sends the file with its alt text and focal point, reporting the bytes sent', async () => {
    const { instance, events } = uploader();
    const input = file(300_000, { description: 'Sales by quarter, rising', focus: { x: 0.25, y: -0.5 } });
    const attachment = await instance.upload(input);
    expect(attachment.url).toMatch(/^http:\/\/127\.0\.0\.1/);
    expect(attachment.previewUrl).not.toBeNull();
    expect(attachment.description).toBe('Sales by quarter, rising');
    expect((await stored(attachment.id)).body.meta?.focus).toEqual({ x: 0.25, y: -0.5 });

    const uploading = events.filter((event) => event.phase === 'uploading');
    expect(uploading.length).toBeGreaterThan(1);
    expect(uploading.every((event) => event.uploadId === input.uploadId)).toBe(true);
    const loaded = uploading.map((event) => event.loaded);
    expect([...loaded].sort((a, b) => a - b)).toEqual(loaded);
    expect(uploading.at(-1)?.loaded).toBe(uploading.at(-1)?.total);
    expect(uploading.at(-1)?.total).toBeGreaterThan(300_000);
    expect(events.at(-1)).toEqual({ uploadId: input.uploadId, phase: 'processing', loaded: 1, total: 1 });
  });

  it('waits out the server’s processing (202, then polls answered 206) and answers once the file is ready', async () => {
    const { instance, events } = uploader();
    const pending = instance.upload(file(2 * 1024 * 1024));
    // Several polls come back "still processing" before the sandbox clock moves on.
    await vi.waitFor(() => expect(events.filter((event) => event.phase === 'processing').length).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    let settled = false;
    void pending.finally(() => (settled = true));
    expect(settled).toBe(false);
    sandbox.clock.advance(5_000);
    const attachment = await pending;
    expect(attachment.url).not.toBeNull();
    expect(events.at(-1)).toMatchObject({ phase: 'processing', loaded: 1, total: 1 });
  });

  it('fails clearly when the server cannot process the file', async () => {
    const { instance, events } = uploader();
    sandbox.misbehave.failMediaProcessing(1);
    const pending = instance.upload(file(10_000));
    await vi.waitFor(() => expect(events.some((event) => event.phase === 'processing')).toBe(true));
    sandbox.clock.advance(5_000);
    await expect(pending).rejects.toMatchObject({ code: 'media_processing_failed', message: expect.stringContaining('could not process') });
  });

  it('can be cancelled while sending and while the server processes it', async () => {
    const { instance, events } = uploader();
    const sending = file(40 * 1024 * 1024, { mimeType: 'video/mp4', fileName: 'town-hall.mp4' });
    const whileSending = instance.upload(sending);
    await vi.waitFor(() => expect(events.some((event) => event.uploadId === sending.uploadId && event.phase === 'uploading')).toBe(true));
    instance.cancel(sending.uploadId);
    await expect(whileSending).rejects.toMatchObject({ code: 'upload_cancelled', message: 'The upload of “town-hall.mp4” was cancelled.' });

    const processing = file(2 * 1024 * 1024);
    const whileProcessing = instance.upload(processing);
    await vi.waitFor(() => expect(events.some((event) => event.uploadId === processing.uploadId && event.phase === 'processing')).toBe(true));
    instance.cancel(processing.uploadId);
    await expect(whileProcessing).rejects.toMatchObject({ code: 'upload_cancelled' });
  });

  it('refuses a file above the instance’s limit or of a type it does not take, before sending a byte', async () => {
    const { instance, events } = uploader();
    await expect(instance.upload(file((limits.imageSizeLimit ?? 0) + 1))).rejects.toMatchObject({
      code: 'media_too_large',
      message: expect.stringContaining('your server accepts at most 16 MB'),
    });
    await expect(instance.upload(file(100, { mimeType: 'application/pdf', fileName: 'minutes.pdf' }))).rejects.toMatchObject({ code: 'media_type_unsupported' });
    await expect(instance.upload(file(100, { description: 'x'.repeat(1501) }))).rejects.toMatchObject({ code: 'description_too_long' });
    expect(events).toEqual([]);
  });

  it('passes on a server error and an expired sign-in in plain words', async () => {
    const { instance } = uploader();
    sandbox.misbehave.failRatio(1);
    await expect(instance.upload(file(1000))).rejects.toMatchObject({ code: 'server_error', message: expect.stringContaining('had a problem (error 503)') });
    sandbox.misbehave.reset();

    const revoked = sandbox.issueToken(sandbox.demoUser.username);
    sandbox.misbehave.revokeToken(revoked);
    const expired = uploader(revoked);
    await expect(expired.instance.upload(file(1000))).rejects.toMatchObject({ code: 'unauthorized' });
    expect(expired.credentials.markNeedsSignIn).toHaveBeenCalledWith('demo');
  });

  it('reports a dropped connection as a network failure', async () => {
    const { instance } = uploader();
    sandbox.misbehave.dropNextAnswer('POST /api/v2/media');
    await expect(instance.upload(file(1000))).rejects.toMatchObject({ code: 'network' });
  });
});

describe('an instance that answers strangely', () => {
  let strange: Server;
  let elsewhere: Server;
  let strangeUrl = '';
  const seenElsewhere: IncomingHttpHeaders[] = [];
  /** What the strange instance does with the next upload: `redirect` it elsewhere, or answer garbage. */
  const strangeAnswers: string[] = [];

  beforeAll(async () => {
    elsewhere = createServer((request, response) => {
      seenElsewhere.push(request.headers);
      response.end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    strange = createServer((request, response) => {
      if (strangeAnswers[0] === 'silence') {
        strangeAnswers.shift();
        // Reads the file, then never answers.
        request.resume();
        return;
      }
      if (strangeAnswers[0] === 'refuse-early') {
        strangeAnswers.shift();
        // Like a proxy with a body limit: it answers at once and closes without reading the file.
        response.writeHead(413, { 'Content-Type': 'text/html', Connection: 'close' });
        response.end('<html><body>413 Request Entity Too Large</body></html>', () => request.socket.destroy());
        return;
      }
      request.resume();
      request.on('end', () => {
        if (request.method === 'POST' && request.url === '/api/v2/media' && strangeAnswers.shift() === 'redirect') {
          response.writeHead(307, { Location: `${elsewhereUrl}/api/v2/media` });
          return response.end();
        }
        // Anything else gets something that is not an attachment.
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('{"id": 5, "type": "image"');
      });
    });
    await new Promise<void>((resolve) => strange.listen(0, '127.0.0.1', resolve));
    strangeUrl = `http://127.0.0.1:${(strange.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => strange.close(resolve));
    await new Promise((resolve) => elsewhere.close(resolve));
  });
  function strangeUploader() {
    return new MediaUploader({
      credentials: { instanceUrl: async () => strangeUrl, accessToken: async () => 'secret-token', markNeedsSignIn: async () => undefined },
      limits: async () => limits,
      emit: () => undefined,
      timing: { requestTimeoutMs: 300 },
    });
  }

  it('never follows a redirect, so the token never reaches another origin', async () => {
    strangeAnswers.push('redirect');
    await expect(strangeUploader().upload(file(1000))).rejects.toMatchObject({ code: 'redirected', message: expect.stringContaining('did not follow it') });
    expect(seenElsewhere).toEqual([]);
  });

  it('reads a refusal sent before the file was through, instead of reporting the broken connection', async () => {
    strangeAnswers.push('refuse-early');
    await expect(strangeUploader().upload(file(8 * 1024 * 1024))).rejects.toMatchObject({ code: 'media_too_large' });
  });

  it('gives up on a server that stops answering, and says it took too long', async () => {
    strangeAnswers.push('silence');
    await expect(strangeUploader().upload(file(1000))).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('took too long') });
  });

  it('says so in plain words when the answer is not an attachment', async () => {
    strangeAnswers.push('garbage');
    await expect(strangeUploader().upload(file(1000))).rejects.toMatchObject({ code: 'bad_response', message: expect.stringContaining('could not read') });
  });

  it('refuses to start the same upload twice', async () => {
    const { instance } = uploader();
    const input = file(2 * 1024 * 1024);
    const first = instance.upload(input);
    await expect(instance.upload(input)).rejects.toMatchObject({ code: 'upload_in_progress' });
    instance.cancel(input.uploadId);
    await expect(first).rejects.toMatchObject({ code: 'upload_cancelled' });
  });
});
