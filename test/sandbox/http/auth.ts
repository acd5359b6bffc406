import type { FastifyRequest } from 'fastify';
import { ApiError } from '../core/errors';
import type { AccountRecord, TokenRecord } from '../core/model';
import type { Store } from '../core/store';

/** The scopes a client may ask for (Mastodon's list, minus admin and push-only details). */
export const KNOWN_SCOPES = new Set([
  'read', 'write', 'follow', 'push', 'profile',
  'read:accounts', 'read:blocks', 'read:bookmarks', 'read:favourites', 'read:filters', 'read:follows', 'read:lists', 'read:mutes', 'read:notifications', 'read:search', 'read:statuses',
  'write:accounts', 'write:blocks', 'write:bookmarks', 'write:conversations', 'write:favourites', 'write:filters', 'write:follows', 'write:lists', 'write:media', 'write:mutes', 'write:notifications', 'write:reports', 'write:statuses',
]);

// The legacy `follow` scope still grants these, as in Mastodon.
const FOLLOW_COVERS = new Set(['read:follows', 'write:follows', 'read:blocks', 'write:blocks', 'read:mutes', 'write:mutes']);

/** Does a token with `granted` scopes satisfy `required` (e.g. `write` satisfies `write:statuses`)? */
export function hasScope(granted: readonly string[], required: string): boolean {
  if (granted.includes(required)) return true;
  const parent = required.split(':')[0] as string;
  if (granted.includes(parent)) return true;
  return granted.includes('follow') && FOLLOW_COVERS.has(required);
}

/** The bearer token of a request, or undefined. */
export function bearer(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match?.[1]?.trim();
}

/** Looks a token up and refuses a missing or revoked one with Mastodon's 401s. */
export function checkToken(store: Store, token: string): TokenRecord {
  const record = store.tokens.get(token);
  if (!record) throw new ApiError(401, 'The access token is invalid');
  if (record.revoked) throw new ApiError(401, 'The access token was revoked');
  return record;
}

/** Who is calling: the token, and the user it acts for (null for app tokens and anonymous calls). */
export interface Caller {
  token: TokenRecord | null;
  account: AccountRecord | null;
}

/**
 * Authenticates a request. With `requireUser`, anonymous calls get 401 and app
 * tokens 422, as in Mastodon; a token lacking `scope` gets 403.
 */
export function authenticate(store: Store, req: FastifyRequest, scope: string | null, requireUser: boolean): Caller {
  const raw = bearer(req);
  if (raw === undefined) {
    if (requireUser) throw new ApiError(401, 'The access token is invalid');
    return { token: null, account: null };
  }
  const token = checkToken(store, raw);
  if (scope !== null && !hasScope(token.scopes, scope)) throw new ApiError(403, 'This action is outside the authorized scopes');
  const account = token.accountId === null ? null : (store.accounts.get(token.accountId) ?? null);
  if (requireUser && !account) throw new ApiError(422, 'This method requires an authenticated user');
  return { token, account };
}
