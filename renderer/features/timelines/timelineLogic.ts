/**
 * The pure rules of a timeline's list of ids: merging pages, gaps, and the memory cap.
 * Kept free of React and the store so each rule can be tested on its own.
 */

/** One row of a timeline: a post (by id) or a marker for posts not loaded between its neighbours. */
export type TimelineItem = { type: 'status'; id: string } | { type: 'gap'; key: string };

let gapCounter = 0;

/** A new gap marker with a key unique for the session, so React rows stay stable. */
export function newGap(): TimelineItem {
  gapCounter += 1;
  return { type: 'gap', key: `gap-${gapCounter}` };
}

/** Wraps ids as status rows. */
export const statusItems = (ids: readonly string[]): TimelineItem[] => ids.map((id) => ({ type: 'status', id }));

/** The ids of the status rows, in order. */
export const idsOf = (items: readonly TimelineItem[]): string[] => items.flatMap((item) => (item.type === 'status' ? [item.id] : []));

/**
 * Keeps each post once, whatever pages, the stream or a catch-up delivered: shown rows keep the first row of an
 * id, and a waiting row whose post is already shown (or waits twice) is dropped. Gaps are left alone.
 */
export function withoutRepeats(pending: readonly TimelineItem[], items: readonly TimelineItem[]): { pending: TimelineItem[]; items: TimelineItem[] } {
  const seen = new Set<string>();
  const once = (item: TimelineItem) => {
    if (item.type === 'gap') return true;
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  };
  // Shown rows first: a post already on screen stays where it is rather than waiting again.
  const shown = items.filter(once);
  return { items: shown, pending: pending.filter(once) };
}

/** Appends an older page at the bottom, skipping posts already shown (pages can overlap when posts arrive meanwhile). */
export function appendOlder(items: readonly TimelineItem[], pageIds: readonly string[]): TimelineItem[] {
  const known = new Set(idsOf(items));
  return [...items, ...statusItems(pageIds.filter((id) => !known.has(id)))];
}

/** Puts newer posts on top (newest first), skipping any already there. */
export function prependNewer(items: readonly TimelineItem[], newerIds: readonly string[]): TimelineItem[] {
  const known = new Set(idsOf(items));
  return [...statusItems(newerIds.filter((id) => !known.has(id))), ...items];
}

/**
 * The `min_id` to fill the gap at `gapIndex` with: the post just below it. Mastodon answers
 * a `min_id` query with the posts immediately newer than that id, so a gap fills from its
 * bottom edge upwards. Undefined when nothing lies below (a gap never sits at the very end).
 */
export function gapLowerBound(items: readonly TimelineItem[], gapIndex: number): string | undefined {
  const below = items.slice(gapIndex + 1).find((item) => item.type === 'status');
  return below?.type === 'status' ? below.id : undefined;
}

/** Removes a post from the rows, and any gap left with nothing below it or doubled up. */
export function removeId(items: readonly TimelineItem[], id: string): TimelineItem[] {
  return tidyGaps(items.filter((item) => item.type !== 'status' || item.id !== id));
}

/** Collapses neighbouring gaps and drops a trailing gap: the bottom is loaded by the older cursor instead. */
export function tidyGaps(items: readonly TimelineItem[]): TimelineItem[] {
  const tidy = items.filter((item, index) => item.type !== 'gap' || items[index + 1]?.type === 'status');
  return tidy.length === items.length ? [...items] : tidy;
}

/** True when a timeline holds more posts than its cap (gap markers do not count: they hold nothing). */
export const exceedsCap = (items: readonly TimelineItem[], cap: number): boolean => idsOf(items).length > cap;

/** What trimming a timeline to its cap kept and dropped. */
export interface Trimmed {
  items: TimelineItem[];
  /** True when rows above the kept window were dropped (a gap now stands in their place). */
  droppedAbove: boolean;
  /** The last kept post when rows below were dropped: the next older page starts there. */
  newOldestId: string | undefined;
}

/**
 * Keeps at most `cap` rows around `anchorIndex` (the row in view) and drops the rest.
 * Rows dropped above are replaced by one gap, so scrolling up fetches them again; rows
 * dropped below are simply cut, since loading older posts fetches them again.
 */
export function trimToCap(items: readonly TimelineItem[], anchorIndex: number, cap: number): Trimmed {
  if (!exceedsCap(items, cap)) return { items: [...items], droppedAbove: false, newOldestId: undefined };
  const anchor = Math.min(Math.max(anchorIndex, 0), items.length - 1);
  // Keep a third of the window above the anchor: people mostly scroll down, towards older posts.
  const start = Math.max(0, Math.min(anchor - Math.floor(cap / 3), items.length - cap));
  const end = start + cap;
  const window = items.slice(start, end);
  const droppedAbove = start > 0;
  const droppedBelow = end < items.length;
  const kept = tidyGaps(droppedAbove && window[0]?.type !== 'gap' ? [newGap(), ...window] : window);
  const lastStatus = idsOf(kept).at(-1);
  return { items: kept, droppedAbove, newOldestId: droppedBelow ? lastStatus : undefined };
}

/**
 * Orders two ids as the server does: Mastodon's ids are decimal snowflakes (a longer one is
 * newer), GoToSocial's are ULIDs of fixed length that sort as text. Positive when `a` is newer.
 */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length && /^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Fetches what is newer than `newest` with `min_id`, page by page upwards (Mastodon answers the
 * items just above `min_id`, newest first), at most `maxPages` pages. `more` says whether the last
 * page was full, so there may be still newer items than were fetched.
 */
export async function fetchNewerPages<Item extends { id: string }>(
  fetchPage: (minId: string) => Promise<readonly Item[]>,
  newest: string,
  options: { pageLimit: number; maxPages: number },
): Promise<{ items: Item[]; more: boolean }> {
  let minId = newest;
  let items: Item[] = [];
  let more = true;
  const seen = new Set<string>();
  for (let pageNumber = 0; pageNumber < options.maxPages && more; pageNumber += 1) {
    const page = await fetchPage(minId);
    // Only what is really newer, once: a server that ignores min_id answers its newest page every time,
    // which would otherwise count posts already shown (and the same ones again) as new.
    const newer = page.filter((item) => compareIds(item.id, minId) > 0 && !seen.has(item.id));
    for (const item of newer) seen.add(item.id);
    items = [...newer, ...items];
    more = page.length >= options.pageLimit && newer.length === page.length;
    minId = newer.reduce((top, item) => (compareIds(item.id, top) > 0 ? item.id : top), minId);
  }
  return { items, more };
}
