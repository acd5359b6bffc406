import type { mastodon } from 'masto';
import type { AtriumState } from '../../store/store';
import { threadKey } from '../thread/threadSlice';
import { timelineKey } from '../timelines/timelineSource';

/**
 * Where a post just written shows at once, before the stream brings it: on top of Home, and
 * at the end of every open thread that holds the post it answers. Pure: returns the state to set.
 * The stream's copy later only refreshes it, since both look posts up by id.
 */
export function withNewPost(state: AtriumState, accountId: string, status: mastodon.v1.Status): Partial<AtriumState> {
  const next: Partial<AtriumState> = {};
  const homeKey = timelineKey(accountId, { kind: 'home' });
  const home = state.timelines[homeKey];
  const inHome = home?.items.some((item) => item.type === 'status' && item.id === status.id);
  if (home && !inHome) {
    // The stream may have brought it first: it is shown now, so it no longer waits behind "new posts".
    const pendingNew = home.pendingNew.filter((item) => item.type !== 'status' || item.id !== status.id);
    next.timelines = { ...state.timelines, [homeKey]: { ...home, items: [{ type: 'status', id: status.id }, ...home.items], pendingNew } };
  }
  const parent = status.inReplyToId;
  if (parent) {
    const prefix = threadKey(accountId, '');
    const threads = { ...state.threads };
    let changed = false;
    for (const [key, thread] of Object.entries(state.threads)) {
      if (!key.startsWith(prefix) || thread.descendants.includes(status.id)) continue;
      if (thread.focusId !== parent && !thread.ancestors.includes(parent) && !thread.descendants.includes(parent)) continue;
      threads[key] = { ...thread, descendants: [...thread.descendants, status.id] };
      changed = true;
    }
    if (changed) next.threads = threads;
  }
  return next;
}
