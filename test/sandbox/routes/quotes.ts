import type { FastifyInstance } from 'fastify';
import { ApiError, notFound } from '../core/errors';
import type { StatusRecord } from '../core/model';
import { acceptedQuotes, readQuotePolicy } from '../core/quotes';
import type { Api } from '../http/api';
import { str } from '../http/params';
import { renderStatus } from '../render/status';

type QuoteParams = { Params: { id: string; quotingId: string } };

/** Settles a pending quote as the quoted post's (remote) author would; the sandbox's stand-in for their server. */
export function decideQuote(api: Api, quotingStatusId: string, accept: boolean): StatusRecord {
  const quoting = api.store.statuses.get(quotingStatusId);
  if (!quoting?.quote || quoting.quote.state !== 'pending') throw new ApiError(422, 'That post has no pending quote');
  quoting.quote.state = accept ? 'accepted' : 'rejected';
  api.store.emit({ kind: 'status.update', status: quoting });
  return quoting;
}

/** Quotes (Mastodon 4.5): the accepted quotes of one's post, revoking one, and changing who may quote. */
export const quoteRoutes = (app: FastifyInstance, api: Api): void => {
  // A server without quote posts has none of these routes.
  if (!api.settings.profile.quotes) return;
  const { store, ctx } = api;
  const own = (id: string, meId: string): StatusRecord => {
    const status = api.status(id, meId);
    if (status.accountId !== meId || status.reblogOfId) throw notFound();
    return status;
  };

  app.get<{ Params: { id: string } }>('/api/v1/statuses/:id/quotes', async (req, reply) => {
    const me = api.user(req, 'read:statuses');
    const status = own(req.params.id, me.id);
    const quotes = acceptedQuotes(store, status.id).sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    return api.page(req, reply, quotes, (s) => s.id, [20, 40]).map((s) => renderStatus(ctx, s, me.id));
  });

  app.post<QuoteParams>('/api/v1/statuses/:id/quotes/:quotingId/revoke', async (req) => {
    const me = api.user(req, 'write:statuses');
    const status = own(req.params.id, me.id);
    const quoting = store.statuses.get(req.params.quotingId);
    if (!quoting?.quote || quoting.quote.statusId !== status.id) throw notFound();
    quoting.quote.state = 'revoked';
    store.emit({ kind: 'status.update', status: quoting });
    return renderStatus(ctx, quoting, me.id);
  });

  app.put<{ Params: { id: string } }>('/api/v1/statuses/:id/interaction_policy', async (req) => {
    const me = api.user(req, 'write:statuses');
    const status = own(req.params.id, me.id);
    const policy = readQuotePolicy(str(api.params(req), 'quote_approval_policy'));
    if (policy) status.quoteApprovalPolicy = policy;
    return renderStatus(ctx, status, me.id);
  });
};
