import type { AddressInfo } from 'node:net';
import { Actions } from './core/actions';
import { SandboxClock } from './core/clock';
import { ApiError } from './core/errors';
import { Store } from './core/store';
import { Api } from './http/api';
import { Faults, type MalformedKind, type RetryHeader } from './http/faults';
import { buildServer } from './http/server';
import type { RenderContext } from './render/context';
import { accountRoutes } from './routes/accounts';
import { adminRoutes, type SandboxControl } from './routes/admin';
import { assetRoutes } from './routes/assets';
import { instanceRoutes } from './routes/instance';
import { listRoutes } from './routes/lists';
import { mediaRoutes } from './routes/media';
import { notificationRoutes } from './routes/notifications';
import { oauthRoutes, secret } from './routes/oauth';
import { peopleRoutes } from './routes/people';
import { followRequestRoutes } from './routes/followRequests';
import { decideQuote, quoteRoutes } from './routes/quotes';
import { publishDue, scheduledRoutes } from './routes/scheduled';
import { searchRoutes } from './routes/search';
import { statusRoutes } from './routes/statuses';
import { tagRoutes } from './routes/tags';
import { attachStreaming } from './routes/streaming';
import { timelineRoutes } from './routes/timelines';
import { seedOrganization } from './seed';
import { serverProfile, type ServerProfileName } from './profiles/serverProfile';
import { groupedNotificationRoutes } from './routes/groupedNotifications';

/** How to start a sandbox. Every field is optional. */
export interface SandboxOptions {
  /** PRNG seed: the same seed builds the same organization. Default 1. */
  seed?: number;
  /** Number of seeded staff. Default 200. */
  staff?: number;
  /** Number of seeded posts. Default 1,500. */
  posts?: number;
  /** Port on 127.0.0.1; default 0 (ephemeral). */
  port?: number;
  /** Latency added to every API request. */
  latencyMs?: number;
  /** `exact` (default, like GoToSocial) or `any-port` (Mastodon's RFC 8252 loopback rule). */
  loopbackPortRule?: 'exact' | 'any-port';
  /** Per-token request budget; default 300 per 5 minutes, `false` to disable. */
  rateLimit?: { max: number; windowMs: number } | false;
  /** Organization name shown on the instance and the SSO page. */
  orgName?: string;
  /** The server to play: `mastodon` (default, today's Mastodon), `mastodon-4.2` or `gotosocial`; see the README for what each changes. */
  profile?: ServerProfileName;
  /** `false` plays a server without a profile directory (GoToSocial): `/api/v1/directory` answers 404. Default: the profile's. */
  directory?: boolean;
  /** Send `iss` with every authorization response and advertise it (RFC 9207), as a real server may. */
  sendIssuer?: boolean;
}

/** A running sandbox instance. */
export interface Sandbox {
  url: string;
  demoUser: { username: string; password: string };
  password: string;
  clock: { now(): Date; advance(ms: number): void };
  misbehave: {
    latencyMs(ms: number): void;
    failRatio(r: number): void;
    /** The next `count` requests answer 429; `header: 'reset'` says when to come back only in `X-RateLimit-Reset`. */
    force429(retryAfterSec: number, count?: number, header?: RetryHeader): void;
    /** The next `count` requests answer this server error (503 unless given), whatever their route. */
    failNext(count: number, status?: number): void;
    /** The next `count` answers to `route` (`GET /api/v1/timelines/public`) are broken: cut-off JSON, or objects with only an `id`. */
    malformNextAnswer(route: string, kind: MalformedKind, count?: number): void;
    dropStreams(): void;
    revokeToken(token: string): void;
    /** Handles the next `count` requests to `route` (`POST /api/v1/statuses`) but cuts the connection instead of answering. */
    dropNextAnswer(route: string, count?: number): void;
    /** The next `count` v2 uploads are accepted (202) but their processing fails (`GET` answers 422). */
    failMediaProcessing(count: number): void;
    down(): Promise<void>;
    up(): Promise<void>;
    reset(): void;
  };
  issueToken(username: string, scopes?: string[]): string;
  /** Accepts or rejects a pending quote, as the quoted post's remote author would. */
  decideQuote(quotingStatusId: string, accept: boolean): void;
  postAs(username: string, params: { status: string; visibility?: string; in_reply_to_id?: string }): Promise<{ id: string }>;
  deleteStatus(id: string): Promise<void>;
  isTokenValid(token: string): boolean;
  close(): Promise<void>;
}

/** The password every seeded staff member signs in with. */
export const DEMO_PASSWORD = 'atrium-demo';

/** Starts a seeded sandbox on 127.0.0.1 and resolves once it is listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = new SandboxClock();
  const store = new Store();
  const profile = serverProfile(options.profile);
  const ctx: RenderContext = { store, origin: 'http://127.0.0.1', domain: '127.0.0.1', nowMs: () => clock.nowMs(), quotes: profile.quotes };
  const actions = new Actions(store, ctx);
  const seeded = seedOrganization(store, actions, { seed: options.seed ?? 1, staff: options.staff ?? 200, posts: options.posts ?? 1500, nowMs: clock.nowMs() });
  const faults = new Faults(options.seed ?? 1, options.latencyMs ?? 0, options.rateLimit ?? (profile.rateLimit ? { max: 300, windowMs: 5 * 60_000 } : false));
  const api = new Api(store, ctx, actions, clock, faults, { loopbackPortRule: options.loopbackPortRule ?? 'exact', orgName: options.orgName ?? 'Northwind', demoPassword: DEMO_PASSWORD, sendIssuer: options.sendIssuer ?? false, directory: options.directory ?? profile.directory, profile });
  const testsApp = { id: store.smallIds.next(), name: 'Sandbox tests', website: null, redirectUris: ['urn:ietf:wg:oauth:2.0:oob'], scopes: ['read', 'write', 'follow', 'push', 'profile'], clientId: secret(), clientSecret: secret() };
  store.apps.set(testsApp.clientId, testsApp);

  const issueToken = (username: string, scopes: string[] = ['read', 'write', 'follow', 'push']): string => {
    const account = store.findByAcct(username, ctx.domain);
    if (!account || account.domain) throw new ApiError(404, `No local account ${username}`);
    const token = secret();
    store.tokens.set(token, { token, appId: testsApp.id, accountId: account.id, scopes, createdAt: clock.nowMs(), revoked: false });
    return token;
  };
  const revokeToken = (token: string) => {
    const record = store.tokens.get(token);
    if (record) record.revoked = true;
  };
  let port = options.port ?? 0;
  let downTimer: NodeJS.Timeout | undefined;
  const control: SandboxControl = {
    info: () => ({ url: ctx.origin, demoUser: { username: seeded.demo.username, password: DEMO_PASSWORD }, password: DEMO_PASSWORD }),
    advanceClock: (ms) => clock.advance(ms),
    latencyMs: (ms) => (faults.latencyMs = ms),
    failRatio: (r) => (faults.failRatio = r),
    force429: (retryAfterSec, count = 1, header = 'retry-after') => (faults.forced429 = { retryAfterSec, remaining: count, header }),
    failNext: (count, status = 503) => (faults.failNext = count > 0 ? { status, remaining: count } : null),
    malformNextAnswer: (route, kind, count) => faults.malformNextAnswer(route, kind, count),
    dropStreams: () => streaming.dropAll(),
    revokeToken,
    downFor: (ms) => {
      // Answer the admin request first, then drop off the network.
      setTimeout(() => void sandbox.misbehave.down().then(() => (downTimer = setTimeout(() => void sandbox.misbehave.up(), ms))), 10);
    },
    reset: () => faults.reset(),
    issueToken,
    dropNextAnswer: (route, count) => faults.dropNextAnswer(route, count),
    decideQuote: (quotingStatusId, accept) => void decideQuote(api, quotingStatusId, accept),
  };
  const app = await buildServer(api, [instanceRoutes, oauthRoutes, accountRoutes, statusRoutes, timelineRoutes, notificationRoutes, listRoutes, searchRoutes, scheduledRoutes, mediaRoutes, assetRoutes, quoteRoutes, peopleRoutes, tagRoutes, adminRoutes(control), followRequestRoutes, groupedNotificationRoutes]);
  const streaming = attachStreaming(app.server, api);
  await app.listen({ host: '127.0.0.1', port });
  port = (app.server.address() as AddressInfo).port;
  ctx.origin = `http://127.0.0.1:${port}`;
  ctx.domain = `127.0.0.1:${port}`;
  clock.onAdvance(() => publishDue(api));
  const ticker = setInterval(() => publishDue(api), 1000);
  ticker.unref();

  const listen = () => new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(port, '127.0.0.1', () => {
      app.server.off('error', reject);
      resolve();
    });
  });
  const stopListening = () => new Promise<void>((resolve) => {
    streaming.dropAll();
    app.server.close(() => resolve());
    app.server.closeAllConnections();
  });

  const sandbox: Sandbox = {
    url: ctx.origin,
    demoUser: { username: seeded.demo.username, password: DEMO_PASSWORD },
    password: DEMO_PASSWORD,
    clock: { now: () => clock.now(), advance: (ms) => clock.advance(ms) },
    misbehave: {
      latencyMs: control.latencyMs,
      failRatio: control.failRatio,
      force429: control.force429,
      failNext: control.failNext,
      malformNextAnswer: control.malformNextAnswer,
      dropStreams: control.dropStreams,
      revokeToken,
      dropNextAnswer: control.dropNextAnswer,
      failMediaProcessing: (count) => (faults.failMediaProcessing = count),
      down: async () => {
        if (app.server.listening) await stopListening();
      },
      up: async () => {
        clearTimeout(downTimer);
        if (!app.server.listening) await listen();
      },
      reset: control.reset,
    },
    issueToken,
    decideQuote: control.decideQuote,
    postAs: async (username, params) => {
      const account = store.findByAcct(username, ctx.domain);
      if (!account) throw new ApiError(404, `No account ${username}`);
      const visibility = (params.visibility ?? undefined) as 'public' | 'unlisted' | 'private' | 'direct' | undefined;
      const status = actions.postStatus(account, { text: params.status, ...(visibility ? { visibility } : {}), inReplyToId: params.in_reply_to_id ?? null, applicationName: 'Sandbox' });
      return { id: status.id };
    },
    deleteStatus: async (id) => {
      const status = store.statuses.get(id);
      if (status) actions.deleteStatus(status);
    },
    isTokenValid: (token) => store.tokens.get(token)?.revoked === false,
    close: async () => {
      clearInterval(ticker);
      clearTimeout(downTimer);
      streaming.close();
      if (app.server.listening) await app.close();
    },
  };
  return sandbox;
}
