/**
 * The pure rules of Home's read position, kept in Mastodon's `home` marker so that every
 * client the person uses agrees on where they left off. Free of React and the bridge so
 * each rule can be tested on its own.
 */
import { compareIds, type TimelineItem } from './timelineLogic';

/** How long the read position must stay put before it is saved: scrolling through a page saves once. */
export const MARKER_SAVE_DELAY_MS = 3_000;

/** True when `candidate` is newer than `current` (anything is newer than no position at all). */
export const isNewer = (candidate: string, current: string | null | undefined): boolean => !current || compareIds(candidate, current) > 0;

/** Where a row of the virtual list lies, in pixels from the top of the list. */
export interface RowExtent {
  index: number;
  start: number;
  end: number;
}

/**
 * The newest post in view. Rows run newest first, so it is the first post row that lies
 * at least partly between `viewTop` and `viewBottom`; a gap row above it hides posts the
 * person has not seen, so it is skipped rather than counted. Undefined when no post is in view.
 */
export function newestInView(items: readonly TimelineItem[], rows: readonly RowExtent[], viewTop: number, viewBottom: number): string | undefined {
  for (const row of rows) {
    if (row.end <= viewTop || row.start >= viewBottom) continue;
    const item = items[row.index];
    if (item?.type === 'status') return item.id;
  }
  return undefined;
}

/**
 * The index of the row that "You last read up to here" stands above: the newest post not
 * newer than the marker (the marked post itself, or the one after it if it was deleted).
 * -1 when there is no marker, when the marked post is not loaded yet (every loaded post is
 * newer), or when it is the first row, since then nothing unread lies above it.
 */
export function readDividerIndex(items: readonly TimelineItem[], markerId: string | null | undefined): number {
  if (!markerId) return -1;
  const index = items.findIndex((item) => item.type === 'status' && compareIds(item.id, markerId) <= 0);
  return index > 0 ? index : -1;
}

/** Saves the read position after it settles, and never moves it backwards. */
export interface MarkerSaver {
  /** The position the server already holds (fetched at start): nothing older is ever sent. */
  seed(id: string): void;
  /** A post the person has seen; saved after the delay unless a newer one comes first. */
  note(id: string): void;
  /** Saves a waiting position now (the view is closing). */
  flush(): void;
  /** Forgets a waiting position without saving it. */
  cancel(): void;
}

/** A debounced marker writer around `save`; timers are the global ones so tests can fake them. */
export function createMarkerSaver(save: (id: string) => void, delayMs = MARKER_SAVE_DELAY_MS): MarkerSaver {
  let known: string | undefined;
  let waiting: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    waiting = undefined;
  };
  const flush = () => {
    const id = waiting;
    cancel();
    if (!id) return;
    // Counted as saved even if the request fails: the next newer post retries with a better position.
    known = id;
    save(id);
  };

  return {
    seed: (id) => {
      if (isNewer(id, known)) known = id;
      // Another client read further meanwhile: what waits here would move the marker back.
      if (waiting && !isNewer(waiting, known)) cancel();
    },
    note: (id) => {
      if (!isNewer(id, known) || !isNewer(id, waiting)) return;
      waiting = id;
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel,
  };
}
