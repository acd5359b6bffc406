import type { StatusRecord } from '../core/model';
import { acceptedQuotes, quoteApproval } from '../core/quotes';
import { canSee } from '../core/visibility';
import type { RenderContext } from './context';

/** Renders a status the way `renderStatus` does; passed in so this module needs no cycle. */
type RenderStatus = (ctx: RenderContext, status: StatusRecord, viewerId: string | null, nested: boolean) => Record<string, unknown>;

/**
 * The quote fields of a Status entity (Mastodon 4.5): `quote` with its state and, once accepted,
 * the quoted post (a ShallowQuote with only its id when the quote is itself inside a quote),
 * `quote_approval` as it applies to the viewer, and `quotes_count`.
 */
export function quoteFields(ctx: RenderContext, status: StatusRecord, viewerId: string | null, nested: boolean, render: RenderStatus): Record<string, unknown> {
  const { store } = ctx;
  // A server that predates quote posts (Mastodon before 4.5, GoToSocial) sends none of these fields.
  if (ctx.quotes === false) return {};
  return {
    quote: status.quote && !status.reblogOfId ? renderQuote(ctx, status.quote, viewerId, nested, render) : null,
    quote_approval: quoteApproval(store, status, viewerId),
    quotes_count: acceptedQuotes(store, status.id).length,
  };
}

function renderQuote(ctx: RenderContext, quote: NonNullable<StatusRecord['quote']>, viewerId: string | null, nested: boolean, render: RenderStatus): Record<string, unknown> {
  const quoted = ctx.store.statuses.get(quote.statusId);
  let state: string = quote.state;
  if (!quoted) state = 'deleted';
  else if (state === 'accepted' && !canSee(ctx.store, quoted, viewerId)) state = 'unauthorized';
  const shown = state === 'accepted' ? quoted : undefined;
  if (nested) return { state, quoted_status_id: shown ? shown.id : null };
  return { state, quoted_status: shown ? render(ctx, shown, viewerId, true) : null };
}
