import { describe, expect, it } from 'vitest';
import { idsOf, newGap, statusItems, withoutRepeats } from '../../../../renderer/features/timelines/timelineLogic';
import { timelineKey, type TimelineSource } from '../../../../renderer/features/timelines/timelineSource';
import { useAtrium } from '../../../../renderer/store/store';
import { installMasto, page, status } from './fixtures';

const me = 'me@social.example';
const home: TimelineSource = { kind: 'home' };
const key = timelineKey(me, home);
const store = () => useAtrium.getState();
/** Every post id the timeline holds, waiting or shown, in order. */
const everything = () => idsOf([...(store().timelines[key]?.pendingNew ?? []), ...(store().timelines[key]?.items ?? [])]);
const posts = (...ids: string[]) => ids.map((id) => status(id));

describe('no post twice', () => {
  it('keeps the first row of an id, waiting rows after shown ones, gaps untouched', () => {
    const gap = newGap();
    const { pending, items } = withoutRepeats(statusItems(['9', '8', '9', '7']), [...statusItems(['7', '6']), gap, ...statusItems(['6', '5'])]);
    expect(idsOf(items)).toEqual(['7', '6', '5']);
    expect(items).toContainEqual(gap);
    expect(idsOf(pending)).toEqual(['9', '8']);
  });

  it('holds each post once through overlapping pages, a page that repeats itself and duplicate stream events', async () => {
    // The server's pages overlap (as GoToSocial's did) and its first page even names a post twice.
    installMasto({
      'v1.timelines.home.list': (params) => {
        if (params?.['max_id'] === '6') return page(posts('6', '5', '4', '3'), { max_id: '3' });
        if (params?.['minId']) return page(posts('12', '11', '10', '10'));
        return page(posts('9', '8', '8', '7', '6'), { max_id: '6' });
      },
    });
    await store().loadInitial(me, home);
    expect(everything()).toEqual(['9', '8', '7', '6']);
    await store().loadOlder(me, home);
    expect(everything()).toEqual(['9', '8', '7', '6', '5', '4', '3']);
    // The stream delivers one post twice, and one already shown.
    store().receiveStatus(key, status('10'));
    store().receiveStatus(key, status('10'));
    store().receiveStatus(key, status('8'));
    // A catch-up (a check while the stream was away) brings the same post again.
    await store().catchUp(me, home);
    store().showNew(key);
    const ids = everything();
    expect(ids).toEqual(['12', '11', '10', '9', '8', '7', '6', '5', '4', '3']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows a cached Home with a repeated post once', () => {
    store().showCached(me, home, posts('3', '2', '3', '1'));
    expect(everything()).toEqual(['3', '2', '1']);
  });
});
