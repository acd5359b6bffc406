/**
 * Filling a gap: the rows missing between two loaded posts, fetched upwards from the post below it.
 * Loaded when a gap is first pressed (see the slice's `fillGap`), not with the first screen.
 */
import { idsOf, statusItems, type TimelineItem } from './timelineLogic';
import type { TimelineState } from './timelineSlice';
import { PAGE_LIMIT } from './timelineSource';

/**
 * Fills the gap at `gapIndex` with a page fetched by `min_id` (newest first, as Mastodon sends it).
 * Posts at or above the last already-known post of the page lie above the gap and are left out.
 * The gap closes when the page reached known posts or came back short; otherwise it stays,
 * now above the posts just loaded, so the next fill continues from there.
 */
export function fillGap(items: readonly TimelineItem[], gapIndex: number, pageIds: readonly string[], pageLimit: number): TimelineItem[] {
  const gap = items[gapIndex];
  if (gap?.type !== 'gap') return [...items];
  const known = new Set(idsOf(items));
  let lastKnown = -1;
  pageIds.forEach((id, index) => {
    if (known.has(id)) lastKnown = index;
  });
  const missing = pageIds.slice(lastKnown + 1).filter((id) => !known.has(id));
  const closed = lastKnown >= 0 || pageIds.length < pageLimit;
  return [...items.slice(0, gapIndex), ...(closed ? [] : [gap]), ...statusItems(missing), ...items.slice(gapIndex + 1)];
}

/** The post right below a gap, looking through waiting rows and shown rows as one list. */
export function lowerBoundOf(rows: readonly TimelineItem[], gapKey: string): string | undefined {
  const index = rows.findIndex((item) => item.type === 'gap' && item.key === gapKey);
  if (index < 0) return undefined;
  const below = rows.slice(index + 1).find((item) => item.type === 'status');
  return below?.type === 'status' ? below.id : undefined;
}

/** Fills a gap wherever it is (among waiting rows or shown rows). */
export function fillIn(timeline: TimelineState, gapKey: string, ids: string[]): Partial<TimelineState> {
  const isGap = (item: TimelineItem) => item.type === 'gap' && item.key === gapKey;
  const pendingIndex = timeline.pendingNew.findIndex(isGap);
  if (pendingIndex >= 0) {
    // Check against both lists, since the gap's lower edge may be a shown post.
    const all = fillGap([...timeline.pendingNew, ...timeline.items], pendingIndex, ids, PAGE_LIMIT);
    return { pendingNew: all.slice(0, all.length - timeline.items.length) };
  }
  const index = timeline.items.findIndex(isGap);
  return index < 0 ? {} : { items: fillGap(timeline.items, index, ids, PAGE_LIMIT) };
}
