import type { FastifyInstance } from 'fastify';
import { notFound } from '../core/errors';
import { compareIds } from '../core/ids';
import type { Api } from '../http/api';
import { renderAccount, renderRelationship } from '../render/account';

type IdParams = { Params: { id: string } };

/**
 * Follow requests to a locked account: the list of who asked, and the answers. Accepting makes
 * the follow; either answer removes the request (the notification stays, as in Mastodon).
 */
export const followRequestRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx } = api;
  const { people } = store;

  app.get('/api/v1/follow_requests', async (req, reply) => {
    const me = api.user(req, 'read:follows');
    const requesters = people.requestersOf(me.id).flatMap((id) => store.accounts.get(id) ?? []);
    // Pages run over ascending ids, as everywhere in the sandbox.
    requesters.sort((a, b) => compareIds(a.id, b.id));
    return api.page(req, reply, requesters, (account) => account.id, [40, 80]).map((account) => renderAccount(ctx, account));
  });

  const answer = (verb: 'authorize' | 'reject') =>
    app.post<IdParams>(`/api/v1/follow_requests/:id/${verb}`, async (req) => {
      const me = api.user(req, 'write:follows');
      const requester = api.account(req.params.id);
      if (!people.hasRequested(requester.id, me.id)) throw notFound();
      people.setRequested(requester.id, me.id, false);
      if (verb === 'authorize') store.addFollow(requester.id, me.id, api.clock.nowMs());
      return renderRelationship(ctx, me.id, requester.id);
    });
  answer('authorize');
  answer('reject');
};
