import { useVirtualizer } from '@tanstack/react-virtual';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusCard, type StatusCallbacks } from '../../components/status/StatusCard';
import { useAtrium } from '../../store/store';
import { exceedsCap, type TimelineItem } from './timelineLogic';
import { TIMELINE_CAP } from './timelineSlice';
import { pagesByStatusId, streamOf, timelineKey, type TimelineSource } from './timelineSource';
import { GapRow, ReadMarkerDivider, TimelineFooter, TimelineSkeleton } from './TimelineRows';
import { useHomeReadMarker } from './useHomeReadMarker';
import { applyTimelineEvent, useStream } from './useTimelineStream';
import { useStatusKeyboard } from './useStatusKeyboard';
import styles from './Timeline.module.css';
import { feedPositions } from '../a11y/feedPosition';
import { useKeptFocusRow } from './useKeptFocusRow';
import { noteColumnLive } from '../a11y/liveColumns';
import { useAfterFirstScreen } from '../../components/afterFirstScreen';
import { LazyLiveStatus } from '../live/LazyLiveStatus';
import { waitingCount } from './waitingCap';
import { useShownTimeline } from './useShownTimeline';
import { WaitingPostsButton } from './WaitingPostsButton';

/** Props of Timeline. */
export interface TimelineProps extends StatusCallbacks {
  /** The signed-in account reading the timeline. */
  accountId: string;
  source: TimelineSource;
  /** Names the feed for screen readers (the shell shows the visible heading). */
  title: string;
}

const noItems: TimelineItem[] = [];

/** Rows before the end at which the next older page is fetched. */
const PREFETCH_ROWS = 5;

/**
 * One timeline of posts, virtualized: new posts wait behind a button, gaps can be loaded,
 * older pages load on scroll, and the stream keeps it live while mounted.
 */
export function Timeline({ accountId, source, title, ...callbacks }: TimelineProps) {
  const { t } = useTranslation();
  const key = timelineKey(accountId, source);
  const timeline = useShownTimeline(key);
  // Only an empty timeline asks whether posts wait (to say it is empty or show the button): a shown one is not redrawn as they come.
  const onlyWaiting = useAtrium((state) => state.timelines[key]?.items.length === 0 && waitingCount(state.timelines[key]) > 0);
  const store = useAtrium.getState;
  const scroller = useRef<HTMLDivElement>(null);
  // The row in view before a trim, and how far into it we were, so the trim does not move the page.
  const anchor = useRef<{ key: string; delta: number } | null>(null);
  // A source object may be rebuilt by the parent each render; its key is what identifies it.
  const stableSource = useMemo(() => source, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- key encodes source

  useEffect(() => {
    void store().openTimeline(accountId, stableSource);
  }, [accountId, stableSource, store]);

  const onEvent = useCallback((event: string, payload: unknown) => applyTimelineEvent(key, event, payload), [key]);
  const onReconnect = useCallback(() => void store().catchUp(accountId, stableSource), [accountId, stableSource, store]);
  const onLiveChange = useCallback((live: boolean) => noteColumnLive(title, live), [title]);
  const onPoll = useCallback(async () => {
    const waiting = () => waitingCount(store().timelines[key]);
    const before = waiting();
    await store().catchUp(accountId, stableSource, { quiet: true });
    return waiting() > before;
  }, [accountId, key, stableSource, store]);
  const live = useStream(accountId, streamOf(stableSource), { onEvent, onReconnect, onPoll, onLiveChange });

  const items = timeline?.items ?? noItems;
  const count = items.length + 1; // + the footer row
  const indexOf = useCallback((rowKey: string) => items.findIndex((item) => (item.type === 'gap' ? item.key : item.id) === rowKey), [items]);
  const kept = useKeptFocusRow(indexOf);
  const positions = useMemo(() => feedPositions(items, timeline?.status === 'ready' && !timeline.older), [items, timeline?.status, timeline?.older]);
  const afterFirstScreen = useAfterFirstScreen();
  // TanStack Virtual measures rows itself; this component does not rely on the React Compiler memoizing it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => 180,
    // The first screen draws what it shows; the rows beyond it come a frame later.
    overscan: afterFirstScreen ? 6 : 1,
    getItemKey: (index) => {
      const item = items[index];
      return item ? (item.type === 'gap' ? item.key : item.id) : 'footer';
    },
    rangeExtractor: kept.rangeExtractor,
    // A first guess of the viewport, so the first screen renders before the element is measured.
    initialRect: { width: 600, height: 900 },
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows.at(-1)?.index ?? 0;
  const readUpToId = useHomeReadMarker({
    accountId,
    enabled: source.kind === 'home',
    items,
    ready: timeline?.status === 'ready',
    rows: virtualRows,
    virtualizer,
    scroller,
  });

  useEffect(() => {
    if (timeline?.status === 'ready' && lastIndex >= items.length - PREFETCH_ROWS) void store().loadOlder(accountId, stableSource);
  }, [lastIndex, items.length, timeline?.status, accountId, stableSource, store]);

  // Over the cap, drop far-off rows; remember what is in view to put it back in the same place.
  useEffect(() => {
    if (!exceedsCap(items, TIMELINE_CAP) || !pagesByStatusId(stableSource) || !scroller.current) return;
    const top = scroller.current.scrollTop;
    const first = virtualRows.find((row) => row.end > top);
    if (!first) return;
    anchor.current = { key: String(first.key), delta: top - first.start };
    store().trimTimeline(key, first.index);
  }, [items, key, store, virtualRows, stableSource]);

  useLayoutEffect(() => {
    const held = anchor.current;
    if (!held) return;
    anchor.current = null;
    const index = items.findIndex((item) => (item.type === 'gap' ? item.key : item.id) === held.key);
    const offset = index >= 0 ? virtualizer.getOffsetForIndex(index, 'start')?.[0] : undefined;
    if (offset !== undefined) virtualizer.scrollToOffset(offset + held.delta);
  }, [items, virtualizer]);

  const { onKeyDown } = useStatusKeyboard(accountId, callbacks);
  const showNew = () => {
    store().showNew(key);
    virtualizer.scrollToOffset(0);
  };

  const liveLine = (
    <Suspense fallback={null}>
      <LazyLiveStatus state={live} topic={source.kind === 'tag' || source.kind === 'list' ? source.kind : 'other'} />
    </Suspense>
  );
  if (!timeline || (timeline.status === 'loading' && items.length === 0)) return <TimelineSkeleton />;
  if (timeline.status === 'error' && items.length === 0) {
    return <ErrorPanel message={t('timeline.failed', { detail: timeline.error })} onRetry={() => void store().loadInitial(accountId, stableSource)} />;
  }
  if (timeline.status === 'ready' && items.length === 0 && !onlyWaiting) {
    return (
      <>
        {liveLine}
        <p className={styles.empty}>{t(`timeline.empty.${source.kind}`)}</p>
      </>
    );
  }

  return (
    <div className={styles.timeline}>
      {/* The button has its own row below the live line: the posts start under it, never behind it. */}
      <div className={styles.top}>
        {liveLine}
        <WaitingPostsButton timelineKey={key} title={title} scroller={scroller} onShow={showNew} />
      </div>
      <div ref={scroller} className={styles.scroller} onKeyDown={onKeyDown} onFocus={kept.onFocus}>
        <div role="feed" aria-label={title} aria-busy={timeline.loadingOlder} className={styles.rows} style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((row) => {
            const item = items[row.index];
            return (
              <div key={row.key} ref={virtualizer.measureElement} data-index={row.index} data-key={row.key} className={styles.row} style={{ transform: `translateY(${row.start}px)` }}>
                {!item ? (
                  <TimelineFooter
                    loading={timeline.loadingOlder}
                    error={timeline.olderError}
                    atEnd={!timeline.older}
                    onRetry={() => void store().loadOlder(accountId, stableSource)}
                  />
                ) : item.type === 'gap' ? (
                  <GapRow loading={timeline.fillingGap === item.key} onLoad={() => void store().fillGap(accountId, stableSource, item.key)} />
                ) : (
                  <StatusCard
                    accountId={accountId}
                    statusId={item.id}
                    position={positions.get(item.id)}
                    leading={item.id === readUpToId ? <ReadMarkerDivider /> : undefined}
                    {...callbacks}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
