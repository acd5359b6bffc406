import type { StatusRecord } from './model';
import type { Store } from './store';

/** Can `viewerId` (null: anonymous) see `status`, by Mastodon's visibility rules? */
export function canSee(store: Store, status: StatusRecord, viewerId: string | null): boolean {
  if (status.visibility === 'public' || status.visibility === 'unlisted') return true;
  if (viewerId === null) return false;
  if (status.accountId === viewerId || status.mentionIds.includes(viewerId)) return true;
  return status.visibility === 'private' && store.follows(viewerId, status.accountId);
}

/** Does a status belong in `viewerId`'s home timeline? (own posts, followed accounts, mentions) */
export function inHome(store: Store, status: StatusRecord, viewerId: string): boolean {
  if (status.accountId !== viewerId && !store.follows(viewerId, status.accountId) && !status.mentionIds.includes(viewerId)) return false;
  // Replies to someone the viewer doesn't follow stay out of home, as in Mastodon.
  if (status.inReplyToAccountId && status.inReplyToAccountId !== viewerId && status.inReplyToAccountId !== status.accountId && status.accountId !== viewerId && !store.follows(viewerId, status.inReplyToAccountId)) return false;
  return canSee(store, status, viewerId);
}
