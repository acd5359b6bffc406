import { i18n } from '../../i18n/i18n';
import type { mastodon } from 'masto';
import type { StateCreator } from 'zustand';
import { remoteClient } from '../../bridge/remoteClient';
import type { AtriumState } from '../../store/store';
import { appendOlder, exceedsCap, fetchNewerPages, idsOf, newGap, prependNewer, statusItems, tidyGaps, trimToCap, withoutRepeats, type TimelineItem } from './timelineLogic';
import { fetchTimelinePage, PAGE_LIMIT, pagesByStatusId, timelineKey, type PageQuery, type TimelineKey, type TimelineSource } from './timelineSource';
import { pruneStatuses, withoutStatus } from './statusRemoval';
import { isReadableStatus } from './statusLogic';
import { errorText } from '../../bridge/errorText';
import { capWaiting, WAITING_CAP } from './waitingCap';

/** One timeline: its rows, the posts waiting behind "N new posts", and how loading went. */
export interface TimelineState {
  source: TimelineSource;
  items: TimelineItem[];
  /** Newer posts not shown yet, newest first (a gap among them when the catch-up was capped). */
  pendingNew: TimelineItem[];
  /** Waiting posts let go to save memory (see waitingCap.ts): still counted, loaded again by the gap ending `pendingNew`. */
  droppedNew: number;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** The query for the next older page; null once the end is reached. */
  older: PageQuery | null;
  loadingOlder: boolean;
  olderError: string | null;
  /** The gap being filled, so its button shows progress and is not pressed twice. */
  fillingGap: string | null;
}

/** Timelines by key. */
export interface TimelineSlice {
  timelines: Record<TimelineKey, TimelineState>;
  /** Loads the first page, or, if the timeline is already in memory, fetches what is newer. */
  openTimeline(accountId: string, source: TimelineSource): Promise<void>;
  /** Loads the first page afresh (also the Retry after an error). */
  loadInitial(accountId: string, source: TimelineSource): Promise<void>;
  /** Loads the next older page (infinite scroll). */
  loadOlder(accountId: string, source: TimelineSource): Promise<void>;
  /** Loads posts missing at a gap, from its lower edge upwards, one capped page at a time. */
  fillGap(accountId: string, source: TimelineSource, gapKey: string): Promise<void>;
  /**
   * Fetches posts newer than the newest known (after a dropped stream, or a check while there is none) into
   * `pendingNew`. `quiet` keeps a failed check to itself: the column already says it is not live.
   */
  catchUp(accountId: string, source: TimelineSource, options?: { quiet?: boolean }): Promise<void>;
  /** A streamed post: waits in `pendingNew` unless already shown, in which case it is refreshed. */
  receiveStatus(key: TimelineKey, status: mastodon.v1.Status): void;
  /** Streamed posts that arrived together, oldest first: as `receiveStatus` for each, in one store update. */
  receiveStatuses(key: TimelineKey, statuses: readonly mastodon.v1.Status[]): void;
  /** Moves the waiting posts to the top of the timeline. */
  showNew(key: TimelineKey): void;
  /** Removes a post (and boosts of it) from every timeline, thread and notification at once. */
  removeStatus(id: string): void;
  /** Keeps the timeline to `cap` rows around `anchorIndex` and forgets posts no view holds. */
  trimTimeline(key: TimelineKey, anchorIndex: number, cap?: number): void;
  /** Shows posts kept on this device (Home at start) until the server answers; ignored once loaded. */
  showCached(accountId: string, source: TimelineSource, statuses: readonly mastodon.v1.Status[]): void;
}

/** Rows a timeline keeps in memory before far-off ones are dropped. */
export const TIMELINE_CAP = 400;
/** Pages fetched in one catch-up before the rest is left behind a gap. */
const CATCH_UP_PAGES = 3;

const emptyTimeline = (source: TimelineSource): TimelineState => ({
  source,
  items: [],
  pendingNew: [],
  droppedNew: 0,
  status: 'loading',
  error: null,
  older: null,
  loadingOlder: false,
  olderError: null,
  fillingGap: null,
});

export const createTimelineSlice: StateCreator<AtriumState, [], [], TimelineSlice> = (set, get) => {
  const patch = (key: TimelineKey, change: Partial<TimelineState> | ((timeline: TimelineState) => Partial<TimelineState>)) =>
    set((state) => {
      const timeline = state.timelines[key];
      if (!timeline) return {};
      const next = { ...timeline, ...(typeof change === 'function' ? change(timeline) : change) };
      // One rule for every way posts arrive (overlapping pages, a stream event twice, a catch-up): each post once.
      const once = withoutRepeats(next.pendingNew, next.items);
      // However they arrive, only the newest waiting posts stay in memory; the rest are counted and left to a gap.
      const capped = pagesByStatusId(next.source) ? capWaiting(once.pending, WAITING_CAP) : { pending: once.pending, dropped: 0 };
      // The same rows stay the same array, so a post arriving behind the button does not redraw the list.
      const items = once.items.length === next.items.length ? next.items : once.items;
      const timelines = { ...state.timelines, [key]: { ...next, items, pendingNew: capped.pending, droppedNew: next.droppedNew + capped.dropped } };
      // Posts let go leave the posts record too, unless another view still shows them.
      return capped.dropped > 0 ? { timelines, statuses: pruneStatuses({ ...state, timelines }) } : { timelines };
    });

  const fetchPage = async (accountId: string, source: TimelineSource, query: PageQuery) => {
    const page = await fetchTimelinePage(remoteClient(accountId), source, query);
    if (!Array.isArray(page.items)) throw new Error(i18n.t('timeline.badPage'));
    // A page of nothing but unreadable posts would show as an empty timeline, which is not true: say what happened.
    if (page.items.length > 0 && !page.items.some(isReadableStatus)) throw new Error(i18n.t('timeline.badPage'));
    get().upsertStatuses(page.items, accountId);
    // Only posts the store kept become rows; the rest were reported by upsertStatuses.
    return { ...page, items: page.items.filter(isReadableStatus) };
  };

  return {
    timelines: {},
    openTimeline: async (accountId, source) => {
      const timeline = get().timelines[timelineKey(accountId, source)];
      if (timeline?.status === 'ready') return get().catchUp(accountId, source);
      if (timeline?.status !== 'loading') return get().loadInitial(accountId, source);
    },
    loadInitial: async (accountId, source) => {
      const key = timelineKey(accountId, source);
      set((state) => ({ timelines: { ...state.timelines, [key]: { ...emptyTimeline(source), ...pick(state.timelines[key]) } } }));
      try {
        const page = await fetchPage(accountId, source, {});
        patch(key, {
          items: page.items.map((status) => ({ type: 'status', id: status.id })),
          pendingNew: [],
          droppedNew: 0,
          status: 'ready',
          older: page.items.length > 0 ? (page.next ?? null) : null,
        });
      } catch (error) {
        patch(key, { status: 'error', error: errorText(error) });
      }
    },
    loadOlder: async (accountId, source) => {
      const key = timelineKey(accountId, source);
      const timeline = get().timelines[key];
      if (!timeline || timeline.status !== 'ready' || timeline.loadingOlder || !timeline.older) return;
      patch(key, { loadingOlder: true, olderError: null });
      try {
        const page = await fetchPage(accountId, source, timeline.older);
        patch(key, (current) => ({
          items: appendOlder(current.items, page.items.map((status) => status.id)),
          older: page.items.length > 0 ? (page.next ?? null) : null,
          loadingOlder: false,
        }));
      } catch (error) {
        patch(key, { loadingOlder: false, olderError: errorText(error) });
      }
    },
    fillGap: async (accountId, source, gapKey) => {
      // Gaps are filled when pressed: their rules load then, not with the first screen.
      const { fillIn, lowerBoundOf } = await import('./gapFilling');
      const key = timelineKey(accountId, source);
      const timeline = get().timelines[key];
      if (!timeline || timeline.fillingGap) return;
      const lowerId = lowerBoundOf([...timeline.pendingNew, ...timeline.items], gapKey);
      if (!lowerId) return;
      patch(key, { fillingGap: gapKey });
      try {
        const page = await fetchPage(accountId, source, { minId: lowerId });
        const ids = page.items.map((status) => status.id);
        patch(key, (current) => ({ ...fillIn(current, gapKey, ids), fillingGap: null }));
      } catch (error) {
        patch(key, { fillingGap: null });
        get().pushNotice('load', error);
      }
    },
    catchUp: async (accountId, source, options) => {
      const key = timelineKey(accountId, source);
      const timeline = get().timelines[key];
      // A first page still on its way will be the newest there is: nothing to catch up with yet.
      if (timeline?.status === 'loading') return;
      const newest = timeline && idsOf([...timeline.pendingNew, ...timeline.items])[0];
      if (!timeline || !newest || !pagesByStatusId(source)) return get().loadInitial(accountId, source);
      try {
        const newer = await fetchNewerPages(async (minId) => (await fetchPage(accountId, source, { minId })).items, newest, {
          pageLimit: PAGE_LIMIT,
          maxPages: CATCH_UP_PAGES,
        });
        const fetched = newer.items.map((status) => status.id);
        const more = newer.more;
        patch(key, (current) => {
          const pending = prependNewer(current.pendingNew, fetched);
          // Posts newer than what the catch-up could fetch wait behind a gap at the very top.
          return { pendingNew: more && fetched.length > 0 ? [newGap(), ...pending] : pending };
        });
      } catch (error) {
        if (!options?.quiet) get().pushNotice('load', error);
      }
    },
    receiveStatus: (key, status) => get().receiveStatuses(key, [status]),
    receiveStatuses: (key, statuses) => {
      if (!get().timelines[key]) return;
      // upsertStatuses reports a malformed post; it must not become a "new post" row either.
      get().upsertStatuses(statuses);
      // Newest first, as the timeline holds them; prependNewer leaves out those already shown or waiting.
      const fresh = statuses.filter(isReadableStatus).map((status) => status.id).reverse();
      if (fresh.length === 0) return;
      patch(key, (current) => {
        const shown = new Set(idsOf(current.items));
        return { pendingNew: prependNewer(current.pendingNew, fresh.filter((id) => !shown.has(id))) };
      });
    },
    showNew: (key) => patch(key, showPending),
    removeStatus: (id) => set((state) => withoutStatus(state, id)),
    trimTimeline: (key, anchorIndex, cap = TIMELINE_CAP) => {
      const timeline = get().timelines[key];
      if (!timeline || !exceedsCap(timeline.items, cap) || !pagesByStatusId(timeline.source)) return;
      const trimmed = trimToCap(timeline.items, anchorIndex, cap);
      patch(key, { items: trimmed.items, ...(trimmed.newOldestId ? { older: { maxId: trimmed.newOldestId } } : {}) });
      set((state) => ({ statuses: pruneStatuses(state) }));
    },
    showCached: (accountId, source, statuses) => {
      const key = timelineKey(accountId, source);
      if (get().timelines[key] || statuses.length === 0) return;
      get().upsertStatuses(statuses, accountId);
      const oldest = statuses.at(-1)?.id;
      set((state) => ({
        timelines: {
          ...state.timelines,
          [key]: {
            ...emptyTimeline(source),
            items: withoutRepeats([], statusItems(statuses.map((status) => status.id))).items,
            status: 'ready',
            older: oldest ? { maxId: oldest } : null,
          },
        },
      }));
    },
  };
};

/** Keeps what another view already loaded under the same key while a reload runs. */
const pick = (timeline: TimelineState | undefined): Partial<TimelineState> => (timeline ? { items: timeline.items } : {});

/**
 * Shows waiting rows on top; one whose post is already shown is dropped. A gap left at the very end (nothing was
 * shown below the posts let go) cannot be filled upwards: the older cursor loads them from the oldest kept post instead.
 */
function showPending(timeline: TimelineState): Partial<TimelineState> {
  const shown = new Set(idsOf(timeline.items));
  const merged = [...timeline.pendingNew.filter((item) => item.type === 'gap' || !shown.has(item.id)), ...timeline.items];
  const oldest = merged.at(-1)?.type === 'gap' ? idsOf(merged).at(-1) : undefined;
  return { items: tidyGaps(merged), pendingNew: [], droppedNew: 0, ...(oldest ? { older: { maxId: oldest } } : {}) };
}
