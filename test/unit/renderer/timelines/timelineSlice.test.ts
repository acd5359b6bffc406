import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../../renderer/features/timelines/statusLogic';
import { idsOf, newGap, statusItems } from '../../../../renderer/features/timelines/timelineLogic';
import { timelineKey, type TimelineSource } from '../../../../renderer/features/timelines/timelineSource';
import { useAtrium } from '../../../../renderer/store/store';
import { fakeTimeline, installMasto, page, status } from './fixtures';

const me = 'me@social.example';
const home: TimelineSource = { kind: 'home' };
const local: TimelineSource = { kind: 'local' };
const homeKey = timelineKey(me, home);
const store = () => useAtrium.getState();
const shown = (key = homeKey) => idsOf(store().timelines[key]?.items ?? []);

describe('the timeline store', () => {
  it('keeps one copy of a post, so a favourite shows in every timeline holding it', async () => {
    installMasto({
      'v1.timelines.home.list': () => page([status('5', { reblog: status('3') }), status('4')]),
      'v1.timelines.public.list': () => page([status('3')]),
      'v1.statuses.$select.favourite': () => status('3', { favourited: true, favouritesCount: 1 }),
    });
    await store().loadInitial(me, home);
    await store().loadInitial(me, local);
    await store().toggleStatus(me, '3', 'favourite');
    const viaBoost = contentOf(store().statuses, '5');
    const direct = contentOf(store().statuses, '3');
    expect(viaBoost?.favourited).toBe(true);
    expect(direct).toBe(viaBoost);
    expect(direct?.favouritesCount).toBe(1);
  });

  it('pages down with the query the Link header gave, without doubling posts', async () => {
    const bridge = installMasto({ 'v1.timelines.home.list': fakeTimeline(100) });
    await store().loadInitial(me, home);
    await store().loadOlder(me, home);
    expect(shown()).toHaveLength(80);
    expect(shown().at(-1)).toBe('21');
    expect(bridge.invoke.mock.calls.at(-1)?.[1]).toMatchObject({ params: { limit: 40, max_id: '61' } });
  });

  it('keeps streamed posts waiting behind the button instead of moving what is shown', async () => {
    installMasto({ 'v1.timelines.home.list': fakeTimeline(40) });
    await store().loadInitial(me, home);
    store().receiveStatus(homeKey, status('41'));
    store().receiveStatus(homeKey, status('40', { content: '<p>edited</p>' }));
    expect(shown()[0]).toBe('40');
    expect(idsOf(store().timelines[homeKey]!.pendingNew)).toEqual(['41']);
    expect(store().statuses['40']?.content).toBe('<p>edited</p>');
    store().showNew(homeKey);
    expect(shown().slice(0, 2)).toEqual(['41', '40']);
    expect(store().timelines[homeKey]!.pendingNew).toEqual([]);
  });

  it('catches up after a dropped stream with min_id, capped, leaving a gap for the rest', async () => {
    const timeline = fakeTimeline(400);
    let newest = 100;
    installMasto({ 'v1.timelines.home.list': (params) => timeline({ ...params, ...(params?.['minId'] ? {} : { maxId: String(newest + 1) }) }) });
    await store().loadInitial(me, home);
    newest = 400; // 300 posts arrived while the stream was down
    await store().catchUp(me, home);
    const pending = store().timelines[homeKey]!.pendingNew;
    expect(pending[0]?.type).toBe('gap');
    expect(idsOf(pending)).toHaveLength(120);
    expect(idsOf(pending).at(-1)).toBe('101');
    store().showNew(homeKey);
    const gapKey = (store().timelines[homeKey]!.items[0] as { key: string }).key;
    await store().fillGap(me, home, gapKey);
    expect(idsOf(store().timelines[homeKey]!.items).slice(0, 2)).toEqual(['260', '259']);
  });

  it('fills a gap in the middle and closes it', async () => {
    installMasto({ 'v1.timelines.home.list': fakeTimeline(60) });
    await store().loadInitial(me, home);
    const gap = newGap();
    // Pretend 50..45 were never loaded.
    useAtrium.setState((state) => ({
      timelines: { ...state.timelines, [homeKey]: { ...state.timelines[homeKey]!, items: [...statusItems(['60', '51']), gap, ...statusItems(['44', '43'])] } },
    }));
    await store().fillGap(me, home, (gap as { key: string }).key);
    expect(shown()).toEqual(['60', '51', '50', '49', '48', '47', '46', '45', '44', '43']);
  });

  it('drops far-off posts over the cap and loads them again when scrolled back', async () => {
    installMasto({ 'v1.timelines.home.list': fakeTimeline(200) });
    await store().loadInitial(me, home);
    await store().loadOlder(me, home);
    await store().loadOlder(me, home);
    store().trimTimeline(homeKey, 110, 60);
    const items = store().timelines[homeKey]!.items;
    expect(items[0]?.type).toBe('gap');
    expect(idsOf(items)).toHaveLength(60);
    expect(store().statuses['200']).toBeUndefined();
    await store().fillGap(me, home, (items[0] as { key: string }).key);
    expect(shown()[0]).toBe(String(Number(idsOf(items)[0]) + 40));
    expect(store().statuses[shown()[0]!]).toBeDefined();
  });

  it('applies a delete at once everywhere, boosts of the post included', async () => {
    installMasto({
      'v1.timelines.home.list': () => page([status('9', { reblog: status('7') }), status('7'), status('6')]),
      'v1.timelines.public.list': () => page([status('7')]),
    });
    await store().loadInitial(me, home);
    await store().loadInitial(me, local);
    store().removeStatus('7');
    expect(shown()).toEqual(['6']);
    expect(shown(timelineKey(me, local))).toEqual([]);
    expect(store().statuses['7']).toBeUndefined();
  });

  it('rolls an optimistic boost back and says why when the server refuses', async () => {
    installMasto({
      'v1.timelines.home.list': () => page([status('1', { reblogsCount: 2 })]),
      'v1.statuses.$select.reblog': () => {
        throw new Error('social.example does not allow this.');
      },
    });
    await store().loadInitial(me, home);
    const pending = store().toggleStatus(me, '1', 'reblog');
    expect(store().statuses['1']).toMatchObject({ reblogged: true, reblogsCount: 3 });
    await pending;
    expect(store().statuses['1']).toMatchObject({ reblogged: false, reblogsCount: 2 });
    expect(store().notices).toEqual([expect.objectContaining({ action: 'reblog', detail: 'social.example does not allow this.' })]);
  });

  it('says in plain words why the first page failed', async () => {
    installMasto({});
    await store().loadInitial(me, home);
    expect(store().timelines[homeKey]).toMatchObject({ status: 'error', error: 'No route for v1.timelines.home.list' });
  });
});
