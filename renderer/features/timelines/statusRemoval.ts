import type { AtriumState } from '../../store/store';
import { idsOf, removeId, type TimelineItem } from './timelineLogic';

/** The parts of the state a deleted post disappears from. */
type Holders = Pick<AtriumState, 'statuses' | 'timelines' | 'threads' | 'notificationLists'>;

/**
 * The state without a deleted post: gone from the posts record, from every timeline (shown
 * or waiting), from threads and from notifications about it. Boosts of it go too, as
 * Mastodon removes them with the original.
 */
export function withoutStatus(state: Holders, id: string): Holders {
  const gone = new Set([id, ...Object.values(state.statuses).flatMap((status) => (status.reblogId === id ? [status.id] : []))]);
  const statuses = Object.fromEntries(Object.entries(state.statuses).filter(([key]) => !gone.has(key)));
  const strip = (items: TimelineItem[]) => [...gone].reduce(removeId, items);
  const timelines = Object.fromEntries(
    Object.entries(state.timelines).map(([key, timeline]) => [key, { ...timeline, items: strip(timeline.items), pendingNew: strip(timeline.pendingNew) }]),
  );
  const threads = Object.fromEntries(
    Object.entries(state.threads).map(([key, thread]) => [
      key,
      { ...thread, ancestors: thread.ancestors.filter((other) => !gone.has(other)), descendants: thread.descendants.filter((other) => !gone.has(other)) },
    ]),
  );
  const keep = (notification: { statusId: string | null }) => !notification.statusId || !gone.has(notification.statusId);
  const notificationLists = Object.fromEntries(
    Object.entries(state.notificationLists).map(([key, list]) => [key, { ...list, items: list.items.filter(keep), pending: list.pending.filter(keep) }]),
  );
  return { statuses, timelines, threads, notificationLists };
}

/** The posts record without the posts no timeline, thread or notification holds any more. */
export function pruneStatuses(state: Holders): Holders['statuses'] {
  const held = new Set<string>();
  for (const timeline of Object.values(state.timelines)) idsOf([...timeline.items, ...timeline.pendingNew]).forEach((id) => held.add(id));
  for (const thread of Object.values(state.threads)) [thread.focusId, ...thread.ancestors, ...thread.descendants].forEach((id) => held.add(id));
  for (const list of Object.values(state.notificationLists)) {
    for (const notification of [...list.items, ...list.pending]) if (notification.statusId) held.add(notification.statusId);
  }
  for (const id of [...held]) {
    const reblogId = state.statuses[id]?.reblogId;
    if (reblogId) held.add(reblogId);
  }
  return Object.fromEntries(Object.entries(state.statuses).filter(([id]) => held.has(id)));
}
