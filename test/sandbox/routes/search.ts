import type { FastifyInstance } from 'fastify';
import { ApiError } from '../core/errors';
import { fetchFromAnotherSandbox } from '../core/federation';
import type { AccountRecord, StatusRecord } from '../core/model';
import { canSee } from '../core/visibility';
import type { Api } from '../http/api';
import { bool, int, str } from '../http/params';
import { renderAccount } from '../render/account';
import { actorUri, profileUrl } from '../render/context';
import { renderStatus, statusUrl } from '../render/status';
import { renderTag } from '../render/tag';
import { notFound } from '../core/errors';

/** Search, the profile directory and follow suggestions. */
export const searchRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx } = api;
  const matchesAccount = (a: AccountRecord, q: string) =>
    store.acctOf(a).toLowerCase().includes(q) || a.displayName.toLowerCase().includes(q) || a.fields.some((f) => f.value.toLowerCase().includes(q));

  app.get('/api/v2/search', async (req) => {
    const caller = api.caller(req, 'read:search');
    const p = api.params(req);
    const q = (str(p, 'q') ?? '').trim().toLowerCase().replace(/^[@#]/, '');
    const type = str(p, 'type');
    const limit = Math.min(Math.max(int(p, 'limit') ?? 20, 1), 40);
    const offset = Math.max(int(p, 'offset') ?? 0, 0);
    const result = { accounts: [] as unknown[], statuses: [] as unknown[], hashtags: [] as unknown[] };
    if (q === '') return result;
    if (bool(p, 'resolve') === true) {
      if (!caller.account) throw new ApiError(401, 'Search queries that resolve remote resources are not supported without authentication');
      const query = (str(p, 'q') ?? '').trim();
      const resolved = (await fetchFromAnotherSandbox(store, ctx, query)) ?? resolveQuery(api, query, caller.account.id);
      if (resolved) {
        if (resolved.status && (!type || type === 'statuses')) result.statuses = [renderStatus(ctx, resolved.status, caller.account.id)];
        if (resolved.account && (!type || type === 'accounts')) result.accounts = [renderAccount(ctx, resolved.account)];
        return result;
      }
    }
    if (!type || type === 'accounts') {
      const found: AccountRecord[] = [];
      for (const a of store.accounts.values()) if (matchesAccount(a, q)) found.push(a);
      result.accounts = found.slice(offset, offset + limit).map((a) => renderAccount(ctx, a));
    }
    if (!type || type === 'hashtags') {
      const followed = caller.account ? store.followedTags.get(caller.account.id) : undefined;
      result.hashtags = [...store.statusesByTag.keys()]
        .filter((t) => t.includes(q))
        .slice(offset, offset + limit)
        .map((name) => renderTag(ctx, name, followed?.has(name) ?? false));
    }
    // Like Mastodon, full-text status search needs a signed-in user.
    if ((!type || type === 'statuses') && caller.account) {
      const viewer = caller.account.id;
      const hits: unknown[] = [];
      for (let i = store.timeline.length - 1; i >= 0 && hits.length < offset + limit; i--) {
        const s = store.statuses.get(store.timeline[i] as string);
        if (s && !s.reblogOfId && s.text.toLowerCase().includes(q) && canSee(store, s, viewer)) hits.push(s);
      }
      result.statuses = hits.slice(offset).map((s) => renderStatus(ctx, s as Parameters<typeof renderStatus>[1], viewer));
    }
    return result;
  });

  app.get('/api/v1/directory', async (req) => {
    api.caller(req, 'read:accounts');
    // Playing a server without a directory (GoToSocial has none): the route does not exist.
    if (api.settings.directory === false) throw notFound();
    const p = api.params(req);
    const limit = Math.min(Math.max(int(p, 'limit') ?? 40, 1), 80);
    const offset = Math.max(int(p, 'offset') ?? 0, 0);
    const local = bool(p, 'local') ?? false;
    const order = str(p, 'order') ?? 'active';
    const people = [...store.accounts.values()].filter((a) => a.discoverable && (!local || a.domain === null));
    if (order === 'new') people.sort((a, b) => b.createdAt - a.createdAt || (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    else people.sort((a, b) => (b.lastStatusAt ?? 0) - (a.lastStatusAt ?? 0));
    return people.slice(offset, offset + limit).map((a) => renderAccount(ctx, a));
  });

  app.get('/api/v2/suggestions', async (req) => {
    const me = api.user(req, 'read');
    const p = api.params(req);
    const limit = Math.min(Math.max(int(p, 'limit') ?? 40, 1), 80);
    const mine = store.following.get(me.id) ?? new Map();
    // Friends of friends first (most shared follows), then staff from the same team.
    const score = new Map<string, number>();
    for (const followed of mine.keys()) {
      for (const next of store.following.get(followed)?.keys() ?? []) {
        if (next !== me.id && !mine.has(next)) score.set(next, (score.get(next) ?? 0) + 1);
      }
    }
    return [...score.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .flatMap(([id]) => {
        const account = store.accounts.get(id);
        return account && account.discoverable ? [{ source: 'past_interactions', sources: ['friends_of_friends'], account: renderAccount(ctx, account) }] : [];
      });
  });
};

/**
 * What `resolve=true` finds for a post's URL (its page or its ActivityPub id) or a full handle
 * (`@user@domain`), the way a client re-finds a post or person from another account's server.
 * Undefined when the query is neither: it is then searched as text.
 */
function resolveQuery(api: Api, query: string, viewerId: string): { status?: StatusRecord; account?: AccountRecord } | undefined {
  const { store, ctx } = api;
  if (/^https?:\/\//i.test(query)) {
    const url = query.replace(/\/$/, '');
    for (const status of store.statuses.values()) {
      if (status.reblogOfId) continue;
      const account = store.accounts.get(status.accountId);
      const uri = account ? `${actorUri(ctx, account)}/statuses/${status.id}` : '';
      if (statusUrl(ctx, status) === url || uri === url) return canSee(store, status, viewerId) ? { status } : {};
    }
    for (const account of store.accounts.values()) if (profileUrl(ctx, account) === url || actorUri(ctx, account) === url) return { account };
    return {};
  }
  if (/^@?[\w.-]+@[\w.:-]+$/.test(query)) {
    const account = store.findByAcct(query, ctx.domain);
    return account ? { account } : {};
  }
  return undefined;
}
