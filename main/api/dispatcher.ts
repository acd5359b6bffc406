import type { mastodon } from 'masto';
import type { MastoCall, MastoReply } from '../../shared/bridge';
import { AtriumFailure } from '../../shared/result';
import { callKey, isAllowedCall } from './allowList';
import type { AccountCredentials, MastoClientPool } from './clientPool';
import { pageLinks } from './linkHeader';
import { describeMastoError } from './mastoErrors';

/** A masto resource proxy, walked one segment at a time. masto types it per path; here it is generic. */
type ProxyNode = Record<string, unknown> & { $select(id: string): ProxyNode };
type RawPage = { data: unknown; headers: Headers };

/**
 * Replays a call the renderer recorded on the account's real masto client, after
 * checking it against the allow-list. List calls answer one page plus the query of
 * the next and previous pages from the `Link` header, since a paginator cannot cross the bridge.
 */
export class MastoDispatcher {
  constructor(
    private readonly pool: MastoClientPool,
    private readonly credentials: AccountCredentials,
  ) {}

  async call(call: MastoCall): Promise<MastoReply> {
    if (!isAllowedCall(call.path)) {
      throw new AtriumFailure('call_not_allowed', `Atrium does not allow the call “${callKey(call.path)}”.`);
    }
    const client = await this.pool.rest(call.accountId);
    const method = call.path.at(-1);
    if (typeof method !== 'string') throw new AtriumFailure('call_not_allowed', 'A call must end with a method name.');
    const target = walk(client, call.path.slice(0, -1));
    const meta = call.idempotencyKey ? { requestInit: { headers: { 'Idempotency-Key': call.idempotencyKey } } } : undefined;
    try {
      if (method === 'list') {
        const list = target['list'] as { $raw(params?: unknown): PromiseLike<RawPage> };
        const page = await list.$raw(call.params);
        return { data: page.data, ...pageLinks(page.headers.get('link')) };
      }
      const action = target[method] as (params?: unknown, meta?: unknown) => Promise<unknown>;
      return { data: (await action(call.params, meta)) ?? null };
    } catch (error) {
      const failure = describeMastoError(error, await this.credentials.instanceUrl(call.accountId));
      if (failure.code === 'unauthorized') await this.credentials.markNeedsSignIn(call.accountId);
      throw failure;
    }
  }
}

function walk(client: mastodon.rest.Client, path: MastoCall['path']): ProxyNode {
  // masto's client is a Proxy whose every property is another proxy; the allow-list already vetted the path.
  let node = client as unknown as ProxyNode;
  for (const segment of path) {
    // The contract already limits ids to letters, digits, _ and -; encoding is the second lock on the path.
    node = typeof segment === 'string' ? (node[segment] as ProxyNode) : node.$select(encodeURIComponent(segment.select));
  }
  return node;
}
