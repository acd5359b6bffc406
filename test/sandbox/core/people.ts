/**
 * What people say about each other beyond follows: mutes, blocks, private notes, featured
 * (endorsed) people, "notify me when they post", pinned posts, moved accounts, and the
 * instance's announcements. Kept apart from the core store so each concern reads on its own.
 */

/** An announcement the instance's staff published for everyone. */
export interface AnnouncementRecord {
  id: string;
  /** HTML as Mastodon stores it after formatting (trusted: written by the instance's admins). */
  html: string;
  publishedAt: number;
  updatedAt: number;
  startsAt: number | null;
  endsAt: number | null;
  allDay: boolean;
  /** Reaction name (a Unicode emoji or a custom emoji's shortcode) → who reacted. */
  reactions: Map<string, Set<string>>;
  /** Accounts that dismissed it. */
  readBy: Set<string>;
}

/** A `viewer → target` key. */
const pair = (viewerId: string, targetId: string) => `${viewerId}>${targetId}`;

/** Mutes, blocks, notes, endorsements, notifications on posts, pins, moves and announcements. */
export class PeopleState {
  /** `viewer>target` → whether notifications from the target are muted as well. */
  readonly mutes = new Map<string, { notifications: boolean }>();
  readonly blocks = new Set<string>();
  /** `viewer>target` → the viewer's private note about the target. */
  readonly notes = new Map<string, string>();
  /** `viewer>target` for follows that notify the viewer of every new post. */
  readonly notifying = new Set<string>();
  /** Account id → the accounts it features on its profile, in order. */
  readonly endorsements = new Map<string, string[]>();
  /** Account id → its pinned statuses, most recently pinned first. */
  readonly pinned = new Map<string, string[]>();
  /** Old account id → the account it moved to. */
  readonly movedTo = new Map<string, string>();
  /** Accounts with a profile header picture (the rest get Mastodon's "missing" placeholder). */
  readonly headers = new Set<string>();
  /** `requester>target` for follows a locked account has not answered yet. */
  readonly followRequests = new Set<string>();
  readonly announcements: AnnouncementRecord[] = [];

  isMuting(viewerId: string, targetId: string): boolean {
    return this.mutes.has(pair(viewerId, targetId));
  }

  isMutingNotifications(viewerId: string, targetId: string): boolean {
    return this.mutes.get(pair(viewerId, targetId))?.notifications ?? false;
  }

  mute(viewerId: string, targetId: string, notifications: boolean): void {
    this.mutes.set(pair(viewerId, targetId), { notifications });
  }

  unmute(viewerId: string, targetId: string): void {
    this.mutes.delete(pair(viewerId, targetId));
  }

  hasRequested(requesterId: string, targetId: string): boolean {
    return this.followRequests.has(pair(requesterId, targetId));
  }

  /** Records (or, with `on` false, withdraws) a request by `requesterId` to follow `targetId`. */
  setRequested(requesterId: string, targetId: string, on: boolean): void {
    if (on) this.followRequests.add(pair(requesterId, targetId));
    else this.followRequests.delete(pair(requesterId, targetId));
  }

  /** Who asked to follow `targetId`, oldest request first. */
  requestersOf(targetId: string): string[] {
    return [...this.followRequests].filter((key) => key.endsWith(`>${targetId}`)).map((key) => key.slice(0, key.indexOf('>')));
  }

  isBlocking(viewerId: string, targetId: string): boolean {
    return this.blocks.has(pair(viewerId, targetId));
  }

  block(viewerId: string, targetId: string): void {
    this.blocks.add(pair(viewerId, targetId));
  }

  unblock(viewerId: string, targetId: string): void {
    this.blocks.delete(pair(viewerId, targetId));
  }

  noteOf(viewerId: string, targetId: string): string {
    return this.notes.get(pair(viewerId, targetId)) ?? '';
  }

  setNote(viewerId: string, targetId: string, comment: string): void {
    if (comment === '') this.notes.delete(pair(viewerId, targetId));
    else this.notes.set(pair(viewerId, targetId), comment);
  }

  isNotifying(viewerId: string, targetId: string): boolean {
    return this.notifying.has(pair(viewerId, targetId));
  }

  setNotifying(viewerId: string, targetId: string, on: boolean): void {
    if (on) this.notifying.add(pair(viewerId, targetId));
    else this.notifying.delete(pair(viewerId, targetId));
  }

  isEndorsing(viewerId: string, targetId: string): boolean {
    return this.endorsements.get(viewerId)?.includes(targetId) ?? false;
  }

  /** Announcements in effect at `nowMs` (started, not ended), newest first. */
  activeAnnouncements(nowMs: number): AnnouncementRecord[] {
    return this.announcements
      .filter((announcement) => (announcement.startsAt ?? announcement.publishedAt) <= nowMs && (announcement.endsAt === null || announcement.endsAt > nowMs))
      .sort((a, b) => b.publishedAt - a.publishedAt);
  }
}
