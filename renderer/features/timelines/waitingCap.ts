/**
 * The cap on posts waiting behind "N new posts". Someone who lets thousands of posts pile up
 * will not read them one by one: the newest few hundred stay in memory, the older ones are
 * let go and a gap stands in their place, which loads them from the server on demand. Only
 * their number is kept, so the button still counts every post that arrived.
 */
import { idsOf, newGap, type TimelineItem } from './timelineLogic';

/**
 * Waiting posts kept per timeline: half of TIMELINE_CAP, so that showing them on top of the
 * screenful already read stays within the timeline's own cap.
 */
export const WAITING_CAP = 200;

/** Waiting rows after the cap, and how many posts were let go to stay within it. */
export interface CappedWaiting {
  pending: TimelineItem[];
  dropped: number;
}

/**
 * Keeps the newest `cap` waiting posts (newest first, as `pendingNew` holds them) and drops the
 * older ones, ending the kept rows with one gap: the gap's lower edge is then the newest shown
 * post, so filling it loads exactly the posts let go, and any a capped catch-up left out.
 * A gap already ending the rows (an earlier drop) is reused, so its key stays the same.
 */
export function capWaiting(pending: readonly TimelineItem[], cap: number): CappedWaiting {
  let seen = 0;
  // Right after the newest `cap`-th post: the kept rows end with a post, so the gap never doubles one.
  const keepEnd = pending.findIndex((item) => item.type === 'status' && ++seen === cap) + 1;
  const rest = pending.slice(keepEnd);
  const dropped = idsOf(rest).length;
  if (keepEnd === 0 || dropped === 0) return { pending: [...pending], dropped: 0 };
  const gap = rest.findLast((item) => item.type === 'gap') ?? newGap();
  return { pending: [...pending.slice(0, keepEnd), gap], dropped };
}

/** What the "N new posts" button counts: the waiting posts held and those let go behind the gap. */
export const waitingCount = (timeline: { pendingNew: readonly TimelineItem[]; droppedNew: number } | undefined): number =>
  timeline ? idsOf(timeline.pendingNew).length + timeline.droppedNew : 0;
