import type { mastodon } from 'masto';
import type { RemoteClient } from '../../bridge/remoteClient';

// What the profile slice needs, kept apart from the view helpers in profileLogic.ts: the slice is in
// the first screen's bundle, the profile view loads on first use.

/** Account ids are digits (Mastodon) or 26-character ULIDs (GoToSocial); anything else is a handle. */
export const looksLikeHandle = (value: string): boolean => !/^\d+$/.test(value) && !/^[0-9A-Z]{26}$/.test(value);

/** The changes one can make to how one relates to someone. */
export type RelationshipChange = 'follow' | 'unfollow' | 'notifyOn' | 'notifyOff' | 'mute' | 'unmute' | 'block' | 'unblock';

/** Changes that are hard to take back or hide someone: they are confirmed first. */
export const confirmedChanges: ReadonlySet<RelationshipChange> = new Set(['mute', 'block', 'unfollow']);

/** The masto call for a change. Turning the bell on or off is a follow with `notify`, as in Mastodon. */
export function applyChange(client: RemoteClient, targetId: string, change: RelationshipChange): Promise<mastodon.v1.Relationship> {
  const target = client.v1.accounts.$select(targetId);
  switch (change) {
    case 'follow':
      return target.follow();
    case 'unfollow':
      return target.unfollow();
    case 'notifyOn':
      return target.follow({ notify: true });
    case 'notifyOff':
      return target.follow({ notify: false });
    case 'mute':
      return target.mute({ notifications: true });
    case 'unmute':
      return target.unmute();
    case 'block':
      return target.block();
    case 'unblock':
      return target.unblock();
  }
}
