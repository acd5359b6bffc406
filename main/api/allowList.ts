import type { MastoPathSegment } from '../../shared/bridge';

/**
 * The masto calls the renderer may ask main to make, written as the path the call
 * takes with `$select(id)` shown as `$select`. Anything else is refused: the
 * renderer cannot reach admin APIs, OAuth, or `$raw`, even if a script runs there.
 * It holds exactly what the renderer calls (test/unit/main/api/allowListUsage.test.ts reads the
 * renderer's sources and fails on an entry nothing uses or a call missing here). Which of these may act
 * for an account other than the one the page shows is main/bridge/accountScope.ts's business.
 */
export const allowedMastoCalls: ReadonlySet<string> = new Set([
  // instance
  'v2.instance.fetch',
  'v1.customEmojis.list',
  // accounts and relationships
  'v1.accounts.verifyCredentials',
  'v1.accounts.lookup',
  'v1.accounts.relationships.fetch',
  'v1.accounts.$select.fetch',
  'v1.accounts.$select.statuses.list',
  'v1.accounts.$select.followers.list',
  'v1.accounts.$select.following.list',
  'v1.accounts.$select.featuredTags.list',
  'v1.accounts.$select.follow',
  'v1.accounts.$select.unfollow',
  'v1.accounts.familiarFollowers.fetch',
  'v1.accounts.$select.endorsements.list',
  'v1.accounts.$select.note.create',
  'v1.accounts.$select.mute',
  'v1.accounts.$select.unmute',
  'v1.accounts.$select.block',
  'v1.accounts.$select.unblock',
  'v2.suggestions.list',
  'v2.search.list',
  // the organization's voice: announcements and its most used hashtags
  'v1.announcements.list',
  'v1.announcements.$select.dismiss',
  'v1.announcements.$select.reactions.$select.update',
  'v1.announcements.$select.reactions.$select.remove',
  'v1.trends.tags.list',
  // timelines
  'v1.timelines.home.list',
  'v1.timelines.public.list',
  'v1.timelines.tag.$select.list',
  'v1.timelines.list.$select.list',
  'v1.bookmarks.list',
  'v1.favourites.list',
  'v1.markers.fetch',
  'v1.markers.create',
  'v1.lists.list',
  'v1.followedTags.list',
  'v1.tags.$select.follow',
  // statuses
  'v1.statuses.create',
  'v1.statuses.$select.fetch',
  'v1.statuses.$select.update',
  'v1.statuses.$select.remove',
  'v1.statuses.$select.source.fetch',
  'v1.statuses.$select.history.list',
  'v1.statuses.$select.context.fetch',
  'v1.statuses.$select.favourite',
  'v1.statuses.$select.unfavourite',
  'v1.statuses.$select.reblog',
  'v1.statuses.$select.unreblog',
  'v1.statuses.$select.bookmark',
  'v1.statuses.$select.unbookmark',
  'v1.polls.$select.votes.create',
  'v1.reports.create',
  // media: alt text and focal point after upload (the upload itself goes through main's uploader)
  'v1.media.$select.update',
  // scheduled statuses
  'v1.scheduledStatuses.list',
  'v1.scheduledStatuses.$select.fetch',
  'v1.scheduledStatuses.$select.update',
  'v1.scheduledStatuses.$select.remove',
  // notifications
  'v1.notifications.list',
  'v2.notifications.list',
  'v1.followRequests.$select.authorize',
  'v1.followRequests.$select.reject',
]);

/** The allow-list key of a recorded call path. */
export function callKey(path: readonly MastoPathSegment[]): string {
  return path.map((segment) => (typeof segment === 'string' ? segment : '$select')).join('.');
}

/** True when the renderer may make this call. A literal `$select` or `$raw` step is masto's own syntax, never a name. */
export function isAllowedCall(path: readonly MastoPathSegment[]): boolean {
  return !path.some((segment) => typeof segment === 'string' && segment.startsWith('$')) && allowedMastoCalls.has(callKey(path));
}
