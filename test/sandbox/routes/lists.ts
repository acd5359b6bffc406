import type { FastifyInstance } from 'fastify';
import { invalid, notFound } from '../core/errors';
import type { ListRecord } from '../core/model';
import type { Api } from '../http/api';
import { bool, str, strings } from '../http/params';
import { renderAccount } from '../render/account';

/** The List entity. */
export function renderList(list: ListRecord): Record<string, unknown> {
  return { id: list.id, title: list.title, replies_policy: list.repliesPolicy, exclusive: list.exclusive };
}

const POLICIES = ['followed', 'list', 'none'];

/** Lists: CRUD and membership (members must be followed, as in Mastodon). */
export const listRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx } = api;
  const own = (id: string, meId: string): ListRecord => {
    const list = store.lists.get(id);
    if (!list || list.ownerId !== meId) throw notFound();
    return list;
  };
  const apply = (list: ListRecord, p: Record<string, unknown>) => {
    const title = str(p, 'title');
    if (title !== undefined) {
      if (title.trim() === '') throw invalid("Title can't be blank");
      list.title = title;
    }
    const policy = str(p, 'replies_policy');
    if (policy !== undefined) {
      if (!POLICIES.includes(policy)) throw invalid('Replies policy is not included in the list');
      list.repliesPolicy = policy as ListRecord['repliesPolicy'];
    }
    const exclusive = bool(p, 'exclusive');
    if (exclusive !== undefined) list.exclusive = exclusive;
  };

  app.get('/api/v1/lists', async (req) => {
    const me = api.user(req, 'read:lists');
    return [...store.lists.values()].filter((l) => l.ownerId === me.id).map(renderList);
  });
  app.post('/api/v1/lists', async (req) => {
    const me = api.user(req, 'write:lists');
    const p = api.params(req);
    if (!str(p, 'title')?.trim()) throw invalid("Title can't be blank");
    const list: ListRecord = { id: store.smallIds.next(), ownerId: me.id, title: '', repliesPolicy: 'list', exclusive: false, members: new Set() };
    apply(list, p);
    store.lists.set(list.id, list);
    return renderList(list);
  });
  app.get<{ Params: { id: string } }>('/api/v1/lists/:id', async (req) => renderList(own(req.params.id, api.user(req, 'read:lists').id)));
  app.put<{ Params: { id: string } }>('/api/v1/lists/:id', async (req) => {
    const list = own(req.params.id, api.user(req, 'write:lists').id);
    apply(list, api.params(req));
    return renderList(list);
  });
  app.delete<{ Params: { id: string } }>('/api/v1/lists/:id', async (req) => {
    store.lists.delete(own(req.params.id, api.user(req, 'write:lists').id).id);
    return {};
  });
  app.get<{ Params: { id: string } }>('/api/v1/lists/:id/accounts', async (req, reply) => {
    const list = own(req.params.id, api.user(req, 'read:lists').id);
    const members = [...list.members].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    return api.page(req, reply, members, (id) => id, [40, 80]).map((id) => renderAccount(ctx, api.account(id)));
  });
  app.post<{ Params: { id: string } }>('/api/v1/lists/:id/accounts', async (req) => {
    const me = api.user(req, 'write:lists');
    const list = own(req.params.id, me.id);
    const ids = strings(api.params(req), 'account_ids');
    for (const id of ids) {
      api.account(id);
      if (!store.follows(me.id, id)) throw invalid('You must follow an account to add it to a list');
    }
    for (const id of ids) list.members.add(id);
    return {};
  });
  app.delete<{ Params: { id: string } }>('/api/v1/lists/:id/accounts', async (req) => {
    const list = own(req.params.id, api.user(req, 'write:lists').id);
    for (const id of strings(api.params(req), 'account_ids')) list.members.delete(id);
    return {};
  });
};
