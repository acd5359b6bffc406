import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actions } from '../core/actions';
import type { SandboxClock } from '../core/clock';
import { notFound } from '../core/errors';
import type { AccountRecord, StatusRecord } from '../core/model';
import type { Store } from '../core/store';
import { canSee } from '../core/visibility';
import type { RenderContext } from '../render/context';
import { authenticate, type Caller } from './auth';
import type { Faults } from './faults';
import type { ServerProfile } from '../profiles/serverProfile';
import { linkHeader, pageQuery, paginate, type PageQuery } from './pagination';
import { normalizeParams, type Params } from './params';

/** Settings the routes need. */
export interface ApiSettings {
  loopbackPortRule: 'exact' | 'any-port';
  orgName: string;
  demoPassword: string;
  /** False when the sandbox plays a server without a profile directory. */
  directory?: boolean;
  /** RFC 9207: name the issuer (`iss`) in every authorization response and advertise it in the metadata. */
  sendIssuer?: boolean;
  /** The server the sandbox plays (Mastodon today, an older Mastodon, GoToSocial). */
  profile: ServerProfile;
}

/**
 * Everything a route module needs, in one object: state, rendering, auth and
 * pagination helpers. Route modules are `(app, api) => void`.
 */
export class Api {
  constructor(
    readonly store: Store,
    readonly ctx: RenderContext,
    readonly actions: Actions,
    readonly clock: SandboxClock,
    readonly faults: Faults,
    readonly settings: ApiSettings,
  ) {}

  /** Query and body merged and normalized (body wins, as in Rails). */
  params(req: FastifyRequest): Params {
    return { ...normalizeParams(req.query), ...normalizeParams(req.body), ...normalizeParams(req.params) };
  }

  /** A signed-in user with `scope`, or Mastodon's 401/403/422. */
  user(req: FastifyRequest, scope: string): AccountRecord {
    return authenticate(this.store, req, scope, true).account as AccountRecord;
  }

  /** The caller if any (anonymous allowed); a present token must still be valid and scoped. */
  caller(req: FastifyRequest, scope: string | null): Caller {
    return authenticate(this.store, req, scope, false);
  }

  /** An account by id, or 404. */
  account(id: string): AccountRecord {
    const account = this.store.accounts.get(id);
    if (!account) throw notFound();
    return account;
  }

  /** A status by id that `viewerId` may see, or 404 (Mastodon hides private statuses as missing). */
  status(id: string, viewerId: string | null): StatusRecord {
    const status = this.store.statuses.get(id);
    if (!status || !canSee(this.store, status, viewerId)) throw notFound();
    return status;
  }

  /** Reads pagination parameters. */
  pageQuery(params: Params, defaultLimit: number, maxLimit: number): PageQuery {
    return pageQuery(params, defaultLimit, maxLimit);
  }

  /**
   * Paginates `items` (ascending by `key`), sets Mastodon's `Link` header on the
   * reply and returns the page, newest first.
   */
  page<T>(req: FastifyRequest, reply: FastifyReply, items: readonly T[], key: (item: T) => string, limits: [number, number], keep?: (item: T) => boolean): T[] {
    const params = normalizeParams(req.query);
    const q = pageQuery(params, limits[0], limits[1]);
    const page = paginate(items, key, q, keep);
    const first = page[0];
    const last = page[page.length - 1];
    const path = req.url.split('?')[0] as string;
    const link = linkHeader(this.ctx.origin, path, req.query as Record<string, unknown>, {
      first: first === undefined ? undefined : key(first),
      last: last === undefined ? undefined : key(last),
      full: page.length === q.limit,
    });
    if (link) reply.header('Link', link);
    return page;
  }
}
