import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { remoteClient } from '../../bridge/remoteClient';
import { createMarkerSaver, isNewer, newestInView, readDividerIndex, type MarkerSaver, type RowExtent } from './readMarker';
import type { TimelineItem } from './timelineLogic';

/** What the Home read marker needs from the Timeline that shows it. */
export interface HomeReadMarkerOptions {
  accountId: string;
  /** Only Home has a marker; other timelines pass false and the hook does nothing. */
  enabled: boolean;
  items: readonly TimelineItem[];
  /** True once the timeline shows posts (from the device cache or the server). */
  ready: boolean;
  /** The rows the virtualizer lays out now; a new array on every scroll. */
  rows: readonly RowExtent[];
  virtualizer: Pick<Virtualizer<HTMLDivElement, Element>, 'scrollToIndex' | 'scrollOffset' | 'scrollRect'>;
  scroller: RefObject<HTMLDivElement | null>;
}

/** Where reading stands: waiting for the server's marker, scrolling to it, or following the reader. */
type Phase = 'waiting' | 'restoring' | 'following';

/** Input that means the person reads on their own (scrolls, clicks, uses keys), ending the jump to the marked post. */
const TAKE_OVER_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Keeps Home's read position in Mastodon's `home` marker. At start it fetches the marker,
 * opens Home at the marked post when it is loaded and the person has not scrolled yet, and
 * returns the id of the post that "You last read up to here" stands above. Afterwards the
 * newest post in view is saved back, debounced and never backwards.
 */
export function useHomeReadMarker({ accountId, enabled, items, ready, rows, virtualizer, scroller }: HomeReadMarkerOptions): string | undefined {
  // undefined while the marker is being fetched; null when the server has none (or could not say).
  const [startMarker, setStartMarker] = useState<string | null | undefined>(undefined);
  const saver = useRef<MarkerSaver | null>(null);
  const phase = useRef<Phase>('waiting');

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const client = remoteClient(accountId);
    const current = createMarkerSaver((id) => void client.v1.markers.create({ home: { lastReadId: id } }).catch(() => undefined));
    saver.current = current;
    phase.current = 'waiting';
    client.v1.markers
      .fetch({ timeline: ['home'] })
      .then((markers) => markers.home?.lastReadId ?? null)
      // Without a marker Home opens at the top as before; nothing the person must act on.
      .catch(() => null)
      .then((id) => {
        if (cancelled) return;
        if (id) current.seed(id);
        setStartMarker(id);
      });
    return () => {
      cancelled = true;
      // Leaving Home (or the account) within the delay must not lose how far the person read.
      current.flush();
      saver.current = null;
    };
  }, [accountId, enabled]);

  const dividerIndex = readDividerIndex(items, startMarker);
  const divider = items[dividerIndex];
  const dividerId = divider?.type === 'status' ? divider.id : undefined;
  const hasRows = items.length > 0;

  useLayoutEffect(() => {
    if (phase.current !== 'waiting' || startMarker === undefined || !ready || !hasRows) return;
    // Someone already scrolling is not pulled back; the divider still shows where they left off.
    if (dividerIndex > 0 && (scroller.current?.scrollTop ?? 0) === 0) {
      phase.current = 'restoring';
      virtualizer.scrollToIndex(dividerIndex, { align: 'start' });
    } else {
      phase.current = 'following';
    }
  }, [startMarker, ready, hasRows, dividerIndex, scroller, virtualizer]);

  useEffect(() => {
    // The timeline's frame rather than the scroller alone, so pressing "N new posts" counts too.
    const element = scroller.current?.parentElement ?? scroller.current;
    if (!enabled || !hasRows || !element) return;
    const takeOver = () => {
      if (phase.current === 'restoring') phase.current = 'following';
    };
    for (const type of TAKE_OVER_EVENTS) element.addEventListener(type, takeOver, { passive: true });
    return () => {
      for (const type of TAKE_OVER_EVENTS) element.removeEventListener(type, takeOver);
    };
  }, [enabled, hasRows, scroller]);

  useEffect(() => {
    // The virtualizer's own record of the viewport: reading the element's scrollTop here, on every
    // frame of a scroll, would force the browser to lay the page out again.
    const top = virtualizer.scrollOffset;
    const height = virtualizer.scrollRect?.height;
    if (phase.current === 'waiting' || top === null || height === undefined) return;
    const id = newestInView(items, rows, top, top + height);
    if (phase.current === 'restoring') {
      // Rows passing by during the jump (sizes are estimated until measured) were not read.
      if (!id || !dividerId || isNewer(id, dividerId)) return;
      phase.current = 'following';
    }
    if (id) saver.current?.note(id);
  }, [rows, items, virtualizer, dividerId]);

  return dividerId;
}
