import { ApiError } from './errors';
import type { StatusRecord } from './model';
import type { Store } from './store';
import { canSee } from './visibility';

/** Who may quote a post without asking (Mastodon 4.5 `quote_approval_policy`). */
export type QuotePolicy = 'public' | 'followers' | 'nobody';
/** How a post's policy applies to one would-be quoter (`quote_approval.current_user`). */
export type QuoterStanding = 'automatic' | 'manual' | 'denied' | 'unknown';

/** The policies Mastodon accepts. */
export const QUOTE_POLICIES: readonly QuotePolicy[] = ['public', 'followers', 'nobody'];

/** Mastodon's words when a post cannot be quoted (missing, hidden or not quotable alike). */
export const QUOTE_NOT_FOUND = 'The post you are trying to quote does not appear to exist.';

/** A post's effective policy: private and direct posts can never be quoted by others. */
export function effectivePolicy(status: StatusRecord): QuotePolicy {
  if (status.visibility === 'private' || status.visibility === 'direct') return 'nobody';
  return status.quoteApprovalPolicy ?? 'public';
}

/**
 * How `quoterId` stands towards quoting `status`. A remote author's server decides each quote
 * by hand (the quote stays pending until it answers), as Mastodon does for remote posts;
 * a local author's policy is applied at once.
 */
export function standing(store: Store, status: StatusRecord, quoterId: string | null): QuoterStanding {
  if (quoterId === null) return 'unknown';
  if (status.accountId === quoterId) return 'automatic';
  if (!canSee(store, status, quoterId)) return 'denied';
  const policy = effectivePolicy(status);
  const allowed = policy === 'public' || (policy === 'followers' && store.follows(quoterId, status.accountId));
  if (!allowed) return 'denied';
  return store.accounts.get(status.accountId)?.domain ? 'manual' : 'automatic';
}

/** The `quote_approval` of a status as `viewerId` sees it. */
export function quoteApproval(store: Store, status: StatusRecord, viewerId: string | null): { automatic: string[]; manual: string[]; current_user: QuoterStanding } {
  const policy = effectivePolicy(status);
  const who = policy === 'nobody' ? [] : [policy];
  const remote = Boolean(store.accounts.get(status.accountId)?.domain);
  return { automatic: remote ? [] : who, manual: remote ? who : [], current_user: standing(store, status, viewerId) };
}

/**
 * The quote a new post by `quoterId` makes of `quotedId`: accepted at once, or pending when the
 * author decides by hand. A post that is missing, hidden or not quotable is Mastodon's 404.
 */
export function startQuote(store: Store, quoterId: string, quotedId: string): NonNullable<StatusRecord['quote']> {
  let quoted = store.statuses.get(quotedId);
  // A quote of a boost quotes the boosted post.
  if (quoted?.reblogOfId) quoted = store.statuses.get(quoted.reblogOfId);
  if (!quoted || standing(store, quoted, quoterId) === 'denied') throw new ApiError(404, QUOTE_NOT_FOUND);
  return { statusId: quoted.id, state: standing(store, quoted, quoterId) === 'manual' ? 'pending' : 'accepted' };
}

/** Reads a `quote_approval_policy` parameter; undefined when absent, 422 when not one of Mastodon's. */
export function readQuotePolicy(value: string | undefined): QuotePolicy | undefined {
  if (value === undefined) return undefined;
  if (!(QUOTE_POLICIES as readonly string[]).includes(value)) throw new ApiError(422, 'Validation failed: Quote approval policy is not included in the list');
  return value as QuotePolicy;
}

/** The posts quoting `statusId` whose quote was accepted. */
export function acceptedQuotes(store: Store, statusId: string): StatusRecord[] {
  return [...(store.quotesOf.get(statusId) ?? [])].flatMap((id) => {
    const quoting = store.statuses.get(id);
    return quoting?.quote?.state === 'accepted' ? [quoting] : [];
  });
}

/** Quoting a followers-only post makes a public or unlisted quote followers-only too, as Mastodon does. */
export function quotedVisibility(store: Store, quote: StatusRecord['quote'], wanted: StatusRecord['visibility']): StatusRecord['visibility'] {
  const quoted = quote ? store.statuses.get(quote.statusId) : undefined;
  return quoted?.visibility === 'private' && (wanted === 'public' || wanted === 'unlisted') ? 'private' : wanted;
}
