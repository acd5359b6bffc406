import type { mastodon } from 'masto';
import type { MastoPathSegment } from '../../shared/bridge';
import { call } from './bridge';
import { withRetries } from './retryingCall';

/** One page of a list: its items and the query for the pages around it. */
export interface Page<Items> {
  items: Items;
  next?: Record<string, string>;
  prev?: Record<string, string>;
}

/** Per-call options that main turns into request headers. */
export interface RemoteCallOptions {
  /** Sent as `Idempotency-Key`, so a post retried after a network error is created once. */
  idempotencyKey?: string;
}

/**
 * masto's client as seen from the renderer: the same paths and parameters, but each
 * call crosses the bridge, and a paginator becomes a promise of one page.
 */
export type Remote<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer Args) => infer Returned
    ? K extends '$select'
      ? (...args: Args) => Remote<Returned>
      : Returned extends mastodon.Paginator<infer Items, infer Params>
        ? (params?: Params) => Promise<Page<Items>>
        : Returned extends PromiseLike<infer Value>
          ? (params?: Args[0], options?: RemoteCallOptions) => Promise<Value>
          : never
    : Remote<T[K]>;
};

/** The typed remote of masto's REST client for one account. */
export type RemoteClient = Remote<mastodon.rest.Client>;

/**
 * Records a call such as `client.v1.timelines.home.list({ limit: 40 })` as a path and
 * its parameters and sends it to main, which replays it on the real client. The token
 * never comes here.
 */
export function remoteClient(accountId: string): RemoteClient {
  return node(accountId, []) as RemoteClient;
}

function node(accountId: string, path: MastoPathSegment[]): unknown {
  // A function target makes the proxy callable, as masto's own proxy is.
  return new Proxy(() => undefined, {
    get: (_target, property) => (typeof property === 'string' && property !== 'then' ? node(accountId, [...path, property]) : undefined),
    apply: (_target, _this, args: unknown[]) => {
      const method = path.at(-1);
      if (method === '$select') return node(accountId, [...path.slice(0, -1), { select: String(args[0]) }]);
      return send(accountId, path, args[0], args[1] as RemoteCallOptions | undefined);
    },
  });
}

async function send(accountId: string, path: MastoPathSegment[], params: unknown, options: RemoteCallOptions | undefined) {
  const reply = await withRetries(path.at(-1), () =>
    call('callMastodon', {
      accountId,
      path,
      params: params as Record<string, unknown> | undefined,
      idempotencyKey: options?.idempotencyKey,
    }),
  );
  if (path.at(-1) === 'list') return { items: reply.data, next: reply.next, prev: reply.prev };
  return reply.data;
}
