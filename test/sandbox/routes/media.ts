import type { FastifyInstance } from 'fastify';
import { ApiError, invalid, notFound } from '../core/errors';
import type { MediaRecord } from '../core/model';
import type { Api } from '../http/api';
import { str } from '../http/params';
import { isUpload } from '../http/server';
import { renderMedia } from '../render/status';

/** Uploads above this size (or any video/audio) are processed asynchronously. */
export const SYNC_LIMIT_BYTES = 1024 * 1024;
/** How long asynchronous processing takes, by the sandbox clock. */
export const PROCESSING_MS = 2_000;

const TYPES: Record<string, MediaRecord['type']> = { image: 'image', video: 'video', audio: 'audio' };

/** Reads Mastodon's `focus` parameter (`"x,y"`, each -1..1); undefined when absent, 422 when malformed. */
export function readFocus(value: string | undefined): { x: number; y: number } | undefined {
  if (value === undefined) return undefined;
  const [x, y, extra] = value.split(',').map(Number);
  const inRange = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n) && n >= -1 && n <= 1;
  if (extra !== undefined || !inRange(x) || !inRange(y)) throw invalid('Focus is invalid');
  return { x, y };
}

/** Media: v2 upload (200 small, 202 large), v1 upload, status polling (206 → 200, or 422 when processing failed), description and focus edits. */
export const mediaRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx, clock } = api;

  const upload = (async: boolean) => async (req: Parameters<typeof api.params>[0], reply: { code(n: number): unknown }) => {
    const me = api.user(req, 'write:media');
    const p = api.params(req);
    const file = p.file;
    if (!isUpload(file) || file.data.length === 0) throw invalid("File can't be blank");
    const kind = TYPES[file.mimetype.split('/')[0] ?? ''];
    if (!kind || file.mimetype === 'image/heic') throw invalid('File content type is invalid');
    const processingFails = async && api.faults.failMediaProcessing > 0;
    if (processingFails) api.faults.failMediaProcessing -= 1;
    const slow = async && (file.data.length > SYNC_LIMIT_BYTES || kind !== 'image' || processingFails);
    const id = store.ids.next(clock.nowMs());
    const description = str(p, 'description');
    if (description !== undefined && description.length > 1500) throw invalid('Description is too long (maximum is 1500 characters)');
    const media: MediaRecord = {
      id,
      accountId: me.id,
      type: kind,
      mime: file.mimetype,
      size: file.data.length,
      description: description ?? null,
      width: 640,
      height: 480,
      blurhash: 'LEHV6nWB2yk8pyo0adR*.7kCMdnj',
      readyAt: slow ? clock.nowMs() + PROCESSING_MS : 0,
      statusId: null,
      focus: readFocus(str(p, 'focus')) ?? null,
      processingFails,
    };
    store.media.set(id, media);
    store.uploads.set(id, file.data);
    if (slow) reply.code(202);
    return renderMedia(ctx, media);
  };
  app.post('/api/v2/media', upload(true));
  app.post('/api/v1/media', upload(false));

  const own = (id: string, meId: string): MediaRecord => {
    const media = store.media.get(id);
    if (!media || media.accountId !== meId) throw notFound();
    return media;
  };

  app.get<{ Params: { id: string } }>('/api/v1/media/:id', async (req, reply) => {
    const media = own(req.params.id, api.user(req, 'write:media').id);
    if (clock.nowMs() < media.readyAt) reply.code(206);
    else if (media.processingFails) throw new ApiError(422, 'Error processing thumbnail for uploaded media');
    return renderMedia(ctx, media);
  });

  app.put<{ Params: { id: string } }>('/api/v1/media/:id', async (req) => {
    const media = own(req.params.id, api.user(req, 'write:media').id);
    const p = api.params(req);
    const description = str(p, 'description');
    if (description !== undefined) {
      if (description.length > 1500) throw invalid('Description is too long (maximum is 1500 characters)');
      media.description = description;
    }
    const focus = readFocus(str(p, 'focus'));
    if (focus) media.focus = focus;
    return renderMedia(ctx, media);
  });

  app.delete<{ Params: { id: string } }>('/api/v1/media/:id', async (req) => {
    const media = own(req.params.id, api.user(req, 'write:media').id);
    if (media.statusId !== null) throw invalid('Media attachment is currently used by a status');
    store.media.delete(media.id);
    store.uploads.delete(media.id);
    return {};
  });
};
