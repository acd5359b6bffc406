import type { mastodon } from 'masto';
import { useEffect, useState } from 'react';
import { call } from '../../bridge/bridge';
import { useAtrium } from '../../store/store';
import { keptHomeShownAtStart, readHomeCache } from './homeCacheRead';
import type { StoredStatus } from './statusLogic';
import { timelineKey, type TimelineSource } from './timelineSource';

const home: TimelineSource = { kind: 'home' };
/** How many of the newest Home posts are kept on the device. */
const CACHED_POSTS = 40;
/** Writes wait for the timeline to settle, so scrolling or a burst of posts writes once. */
const WRITE_DELAY_MS = 2_000;

/** A stored post with the post it boosts put back, as the server sent it. */
function asServerStatus(statuses: Record<string, StoredStatus>, id: string): mastodon.v1.Status | undefined {
  const stored = statuses[id];
  if (!stored) return undefined;
  const { reblogId, ...rest } = stored;
  const boosted = reblogId ? statuses[reblogId] : undefined;
  const reblog = boosted ? (({ reblogId: _inner, ...inner }) => ({ ...inner, reblog: null }))(boosted) : null;
  return { ...rest, reblog } as mastodon.v1.Status;
}

/**
 * Shows the last-seen Home timeline from the device at once, then keeps the cache fresh.
 * Returns false until the cache was read, so Home is not fetched from the server first.
 */
export function useHomeCache(accountId: string): boolean {
  // Kept posts that came with the session are in the store before the first render: Home draws them at once.
  const [read, setRead] = useState(() => keptHomeShownAtStart(accountId));

  useEffect(() => {
    let cancelled = false;
    readHomeCache(accountId)
      .then((cached) => {
        if (cancelled || !cached || cached === 'shown') return;
        useAtrium.getState().showCached(accountId, home, cached.statuses as unknown as mastodon.v1.Status[]);
      })
      // A cache that cannot be read is only a slower start.
      .catch(() => undefined)
      .finally(() => !cancelled && setRead(true));
    return () => {
      cancelled = true;
    };
  }, [accountId]);

  useEffect(() => {
    const key = timelineKey(accountId, home);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useAtrium.subscribe((state, previous) => {
      if (state.timelines[key]?.items === previous.timelines[key]?.items || state.timelines[key]?.status !== 'ready') return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { timelines, statuses } = useAtrium.getState();
        const items = timelines[key]?.items ?? [];
        // Only the unbroken run at the top: a cache with a hidden gap would hide missed posts.
        const firstGap = items.findIndex((item) => item.type === 'gap');
        const ids = items.slice(0, firstGap < 0 ? CACHED_POSTS : Math.min(firstGap, CACHED_POSTS)).flatMap((item) => (item.type === 'status' ? [item.id] : []));
        const posts = ids.flatMap((id) => asServerStatus(statuses, id) ?? []);
        void call('writeHomeCache', { accountId, statuses: posts as unknown as { id: string }[] }).catch(() => undefined);
      }, WRITE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [accountId]);

  return read;
}
