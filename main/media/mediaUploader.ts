import { MastoHttpError, MastoTimeoutError, MastoUnexpectedError } from 'masto';
import { camelizeKeys } from '../../shared/camelize';
import { mediaAttachmentSchema, type MediaAttachment, type UploadMediaInput, type UploadProgress } from '../../shared/drafts';
import { AtriumFailure } from '../../shared/result';
import type { AccountCredentials } from '../api/clientPool';
import { describeMastoError } from '../api/mastoErrors';
import { checkMediaLimits, type MediaLimits } from './mediaLimits';
import { multipartBody, RequestTimeoutError, sendRequest, type FormPart, type RawAnswer } from './uploadRequest';

/** How long to wait between polls of an attachment still processing, and for how long in all. */
export interface PollTiming {
  firstDelayMs: number;
  maxDelayMs: number;
  /** Give up after this long: the server is stuck. */
  deadlineMs: number;
  /** How long one request (the upload included) may go without any answer. */
  requestTimeoutMs: number;
}

const defaultTiming: PollTiming = { firstDelayMs: 500, maxDelayMs: 5_000, deadlineMs: 10 * 60_000, requestTimeoutMs: 60_000 };

/** One upload in flight: what it sends, where, and how it reports. The token stays inside `headers`. */
interface UploadSession {
  input: UploadMediaInput;
  instanceUrl: string;
  /** The account's own instance: the only place the token goes. */
  origin: string;
  headers: Record<string, string>;
  signal: AbortSignal;
  progress(phase: UploadProgress['phase'], loaded: number, total: number): void;
}

/** What the uploader needs from the rest of main. */
export interface MediaUploaderDeps {
  credentials: AccountCredentials;
  /** The instance's media limits for an account (fetched once and kept by the caller). */
  limits(accountId: string): Promise<MediaLimits>;
  /** Reports progress to the renderer (`uploadProgress`). */
  emit(progress: UploadProgress): void;
  timing?: Partial<PollTiming>;
}

/**
 * Uploads attachments to an account's own instance with `POST /api/v2/media`, reporting the bytes
 * sent, then polls `GET /api/v1/media/:id` with growing pauses while the server processes the
 * file (202, then 206 until it is ready). Each upload can be cancelled by its id. The token is
 * read here and only sent to the account's instance origin; redirects are never followed.
 */
export class MediaUploader {
  private readonly running = new Map<string, AbortController>();
  private readonly timing: PollTiming;

  constructor(private readonly deps: MediaUploaderDeps) {
    this.timing = { ...defaultTiming, ...deps.timing };
  }

  /** Uploads one file and answers once the server has processed it. */
  async upload(input: UploadMediaInput): Promise<MediaAttachment> {
    if (this.running.has(input.uploadId)) throw new AtriumFailure('upload_in_progress', 'This upload has already started.');
    const controller = new AbortController();
    this.running.set(input.uploadId, controller);
    let instanceUrl = '';
    try {
      instanceUrl = await this.deps.credentials.instanceUrl(input.accountId);
      const data = Buffer.from(input.dataBase64, 'base64');
      checkMediaLimits({ fileName: input.fileName, mimeType: input.mimeType, size: data.length, description: input.description }, await this.deps.limits(input.accountId));
      const session: UploadSession = {
        input,
        instanceUrl,
        origin: new URL(instanceUrl).origin,
        headers: { Authorization: `Bearer ${await this.deps.credentials.accessToken(input.accountId)}`, Accept: 'application/json' },
        signal: controller.signal,
        progress: (phase, loaded, total) => this.deps.emit({ uploadId: input.uploadId, phase, loaded, total }),
      };
      const attachment = await this.waitUntilProcessed(session, await this.send(session, data));
      session.progress('processing', 1, 1);
      return attachment;
    } catch (error) {
      if (controller.signal.aborted) throw new AtriumFailure('upload_cancelled', `The upload of “${input.fileName}” was cancelled.`);
      if (error instanceof RequestTimeoutError) throw describeMastoError(new MastoTimeoutError(error.message), instanceUrl);
      throw error instanceof AtriumFailure ? error : describeMastoError(error, instanceUrl);
    } finally {
      this.running.delete(input.uploadId);
    }
  }

  /** Sends the file with its alt text and focal point to `POST /api/v2/media`, reporting the bytes sent. */
  private async send(session: UploadSession, data: Buffer): Promise<MediaAttachment> {
    const { input } = session;
    const parts: FormPart[] = [{ name: 'file', fileName: input.fileName, mimeType: input.mimeType, data }];
    if (input.description !== undefined) parts.push({ name: 'description', value: input.description });
    if (input.focus) parts.push({ name: 'focus', value: `${input.focus.x},${input.focus.y}` });
    const form = multipartBody(parts);
    let reported = 0;
    const answer = await sendRequest(
      new URL('/api/v2/media', session.origin),
      { method: 'POST', headers: { ...session.headers, 'Content-Type': form.contentType }, body: form.body, signal: session.signal, timeoutMs: this.timing.requestTimeoutMs },
      (sent, total) => {
        // About a hundred events for a large file are plenty for a progress bar, and cheap to send.
        if (sent < total && sent - reported < total / 100) return;
        reported = sent;
        session.progress('uploading', sent, total);
      },
    );
    return this.readAttachment(answer, input.accountId, session.instanceUrl);
  }

  /** Polls `GET /api/v1/media/:id` with growing pauses until the server has processed the file. */
  private async waitUntilProcessed(session: UploadSession, first: MediaAttachment): Promise<MediaAttachment> {
    let attachment = first;
    let delay = this.timing.firstDelayMs;
    const deadline = Date.now() + this.timing.deadlineMs;
    while (attachment.url === null) {
      // Processing has no byte count; each poll tells the renderer the server is still at it.
      session.progress('processing', 0, 1);
      if (Date.now() + delay > deadline) {
        throw new AtriumFailure('media_processing_failed', `Your server is still processing “${session.input.fileName}” after a long wait. Try again later.`);
      }
      await pause(delay, session.signal);
      delay = Math.min(delay * 1.5, this.timing.maxDelayMs);
      const url = new URL(`/api/v1/media/${encodeURIComponent(attachment.id)}`, session.origin);
      const answer = await sendRequest(url, { method: 'GET', headers: session.headers, signal: session.signal, timeoutMs: this.timing.requestTimeoutMs });
      attachment = await this.readAttachment(answer, session.input.accountId, session.instanceUrl);
    }
    return attachment;
  }

  /** Stops an upload; its `upload` call fails as `upload_cancelled`. An unknown id is no error (it may just have finished). */
  cancel(uploadId: string): void {
    this.running.get(uploadId)?.abort();
  }

  private async readAttachment(answer: RawAnswer, accountId: string, instanceUrl: string): Promise<MediaAttachment> {
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      body = undefined;
    }
    if (answer.status >= 300 && answer.status < 400) {
      // Not followed (the token stays home); told in the same words as a redirect refused by fetch elsewhere.
      throw describeMastoError(new TypeError('fetch failed', { cause: new Error('redirect refused') }), instanceUrl);
    }
    if (answer.status >= 400) {
      if (answer.status === 401) await this.deps.credentials.markNeedsSignIn(accountId);
      if (answer.status === 413) throw new AtriumFailure('media_too_large', 'The file is larger than your server accepts.');
      if (answer.status === 422 && /process/i.test(serverWords(body))) {
        throw new AtriumFailure('media_processing_failed', `Your server could not process the file: “${serverWords(body)}”.`, { params: { said: serverWords(body) } });
      }
      // The same sentences as every other call: the failure is described as if masto had thrown it.
      const retryAfter = answer.headers['retry-after'];
      const cause = new Response(null, { headers: typeof retryAfter === 'string' ? { 'retry-after': retryAfter } : {} });
      throw describeMastoError(new MastoHttpError({ statusCode: answer.status, message: serverWords(body) }, { cause }), instanceUrl);
    }
    const parsed = mediaAttachmentSchema.safeParse(camelizeKeys(body));
    if (!parsed.success) throw describeMastoError(new MastoUnexpectedError('The media attachment was malformed.'), instanceUrl);
    return parsed.data;
  }
}

function serverWords(body: unknown): string {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  return typeof error === 'string' ? error.slice(0, 500) : '';
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(new Error('cancelled'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}
