import type { mastodon } from 'masto';

/** How often a hashtag was used over the days its history covers (a week on Mastodon). */
export function weeklyUses(tag: Pick<mastodon.v1.Tag, 'history'>): number {
  if (!Array.isArray(tag.history)) return 0;
  return tag.history.reduce((sum, day) => sum + (Number.parseInt(String(day?.uses ?? 0), 10) || 0), 0);
}

/** Announcements worth showing: readable ones not dismissed, newest first. */
export function visibleAnnouncements(list: unknown): mastodon.v1.Announcement[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (item): item is mastodon.v1.Announcement =>
        typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' && typeof (item as { content?: unknown }).content === 'string',
    )
    // `read` (dismissed) is in Mastodon's answer though masto's type leaves it out.
    .filter((announcement) => !(announcement as { read?: boolean | null }).read)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}

/** The announcement with one reaction added or taken back by you, its count moved by one. */
export function withReaction(announcement: mastodon.v1.Announcement, name: string, on: boolean): mastodon.v1.Announcement {
  const reactions = Array.isArray(announcement.reactions) ? announcement.reactions : [];
  const existing = reactions.find((reaction) => reaction.name === name);
  if (Boolean(existing?.me) === on) return announcement;
  const next = existing
    ? reactions.map((reaction) => (reaction.name === name ? { ...reaction, me: on, count: Math.max(0, reaction.count + (on ? 1 : -1)) } : reaction))
    : // masto types `url` as always there; Mastodon sends it only for custom emoji, which a new Unicode reaction is not.
      [...reactions, { name, count: 1, me: true } as mastodon.v1.Reaction];
  return { ...announcement, reactions: next.filter((reaction) => reaction.count > 0) };
}

/** The reactions offered to add in one click, besides the ones already there. */
export const quickReactions = ['👍', '❤️', '🎉', '😄', '👀'] as const;
