import { useAtrium } from '../../store/store';
import type { TimelineItem } from './timelineLogic';
import type { TimelineState } from './timelineSlice';
import type { TimelineKey } from './timelineSource';

/** What a timeline's list draws: everything but the posts waiting behind "N new posts". */
export type ShownTimeline = Pick<TimelineState, 'items' | 'status' | 'error' | 'older' | 'loadingOlder' | 'olderError' | 'fillingGap'>;

const noItems: TimelineItem[] = [];

/**
 * The parts of a timeline its list draws, each selected on its own: posts streaming in behind the
 * button change none of them, so the list and every card in it stay as they are while they arrive
 * (at 100 posts a second they re-rendered ten times a second). Undefined until the timeline exists.
 */
export function useShownTimeline(key: TimelineKey): ShownTimeline | undefined {
  const exists = useAtrium((state) => state.timelines[key] !== undefined);
  const items = useAtrium((state) => state.timelines[key]?.items ?? noItems);
  const status = useAtrium((state) => state.timelines[key]?.status ?? 'loading');
  const error = useAtrium((state) => state.timelines[key]?.error ?? null);
  const older = useAtrium((state) => state.timelines[key]?.older ?? null);
  const loadingOlder = useAtrium((state) => state.timelines[key]?.loadingOlder ?? false);
  const olderError = useAtrium((state) => state.timelines[key]?.olderError ?? null);
  const fillingGap = useAtrium((state) => state.timelines[key]?.fillingGap ?? null);
  return exists ? { items, status, error, older, loadingOlder, olderError, fillingGap } : undefined;
}
