import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ApiError } from '../core/errors';
import type { Api } from './api';
import { bearer } from './auth';
import type { MalformedKind } from './faults';

/** A route module: registers one area's routes. */
export type RouteModule = (app: FastifyInstance, api: Api) => void;

/** An uploaded file as route handlers see it. */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
}

/** Is this value an uploaded file? */
export function isUpload(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).data);
}

// Sandbox-only paths (assets and the test admin endpoint) never misbehave or count against limits.
const exempt = (url: string): boolean => url.startsWith('/__sandbox') || url.startsWith('/sandbox/') || url.startsWith('/headers/');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function applyFaults(api: Api, req: FastifyRequest, reply: FastifyReply): Promise<void> | void {
  const url = req.url;
  if (exempt(url)) return;
  const limit = api.faults.count(bearer(req) ?? `ip:${req.ip}`, api.clock.nowMs());
  if (limit) {
    reply.header('X-RateLimit-Limit', String(limit.limit));
    reply.header('X-RateLimit-Remaining', String(limit.remaining));
    reply.header('X-RateLimit-Reset', new Date(limit.resetMs).toISOString());
    if (limit.over) {
      const retry = Math.max(1, Math.ceil((limit.resetMs - api.clock.nowMs()) / 1000));
      throw new ApiError(429, 'Too many requests', undefined, { 'Retry-After': String(retry) });
    }
  }
  const forced = api.faults.takeForced429();
  if (forced !== null) {
    // Mastodon's own limiter names the reset time; a proxy in front of it may say Retry-After instead.
    const headers: Record<string, string> =
      forced.header === 'reset'
        ? { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': new Date(api.clock.nowMs() + forced.retryAfterSec * 1000).toISOString() }
        : { 'Retry-After': String(forced.retryAfterSec) };
    throw new ApiError(429, 'Too many requests', undefined, headers);
  }
  const failure = api.faults.takeFailure();
  if (failure !== null) throw new ApiError(failure, failure === 502 ? 'Bad Gateway' : 'Service Unavailable');
  if (api.faults.shouldFail()) throw new ApiError(503, 'Service Unavailable');
}

/** A body broken the way a misbehaving server or proxy breaks it. */
function malform(payload: unknown, kind: MalformedKind): unknown {
  if (typeof payload !== 'string') return payload;
  if (kind === 'broken_json') return payload.slice(0, Math.floor(payload.length / 2));
  const idOnly = (value: unknown): unknown => (typeof value === 'object' && value !== null ? { id: (value as { id?: unknown }).id ?? null } : value);
  try {
    const parsed: unknown = JSON.parse(payload);
    return JSON.stringify(Array.isArray(parsed) ? parsed.map(idOnly) : idOnly(parsed));
  } catch {
    return payload;
  }
}

/** Builds the Fastify app: parsers, misbehaviour and rate limits, Mastodon error bodies, routes. */
export async function buildServer(api: Api, modules: RouteModule[]): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 60 * 1024 * 1024 });
  await app.register(formbody);
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: 60 * 1024 * 1024 },
    async onFile(part) {
      const data = await part.toBuffer();
      // Keep the filename and type: keyValues mode would otherwise leave a bare Buffer.
      (part as unknown as { value: UploadedFile }).value = { filename: part.filename, mimetype: part.mimetype, data };
    },
  });
  // Clients (masto included) send `Content-Type: application/json` with an empty body on some POSTs.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new ApiError(400, 'Invalid JSON'), undefined);
    }
  });
  app.addHook('onRequest', async (req, reply) => {
    if (!exempt(req.url) && api.faults.latencyMs > 0) await sleep(api.faults.latencyMs);
    await applyFaults(api, req, reply);
  });
  app.addHook('onSend', async (req, _reply, payload) => {
    // The request was handled (the post is stored); the client never hears back, as on a dropped connection.
    const route = `${req.method} ${req.routeOptions.url ?? ''}`;
    if (api.faults.takeDrop(route)) req.raw.socket.destroy();
    const kind = api.faults.takeMalformed(route);
    return kind ? malform(payload, kind) : payload;
  });
  app.setErrorHandler((error, _req, reply) => {
    if (error instanceof ApiError) {
      void reply.code(error.statusCode).headers(error.headers).send(error.body());
      return;
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      void reply.code(status === 413 ? 422 : status).send({ error: (error as Error).message });
      return;
    }
    void reply.code(500).send({ error: 'We’re sorry, but something went wrong on our end.' });
  });
  app.setNotFoundHandler((_req, reply) => {
    void reply.code(404).send({ error: 'Not Found' });
  });
  for (const register of modules) register(app, api);
  return app;
}
