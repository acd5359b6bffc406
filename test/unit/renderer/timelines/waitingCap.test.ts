import { act, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../../renderer/i18n/i18n';
import { NewPostsButton } from '../../../../renderer/features/timelines/TimelineRows';
import { idsOf, newGap, statusItems, type TimelineItem } from '../../../../renderer/features/timelines/timelineLogic';
import { timelineKey, type TimelineSource } from '../../../../renderer/features/timelines/timelineSource';
import { capWaiting, WAITING_CAP, waitingCount } from '../../../../renderer/features/timelines/waitingCap';
import { useAtrium } from '../../../../renderer/store/store';
import { fakeTimeline, idRange, installMasto, page, status } from './fixtures';

const shape = (items: TimelineItem[]) => items.map((item) => (item.type === 'gap' ? 'gap' : item.id));

describe('the cap on waiting posts', () => {
  it('leaves waiting posts within the cap alone', () => {
    const pending = statusItems(['5', '4', '3']);
    expect(capWaiting(pending, 3)).toEqual({ pending, dropped: 0 });
  });

  it('keeps the newest, drops the oldest and ends the kept ones with a gap', () => {
    const capped = capWaiting(statusItems(idRange(10, 1)), 4);
    expect(shape(capped.pending)).toEqual(['10', '9', '8', '7', 'gap']);
    expect(capped.dropped).toBe(6);
  });

  it('reuses the gap of an earlier drop, so dropping again moves the same gap down', () => {
    const first = capWaiting(statusItems(idRange(10, 1)), 4);
    const again = capWaiting([...statusItems(['12', '11']), ...first.pending], 4);
    expect(shape(again.pending)).toEqual(['12', '11', '10', '9', 'gap']);
    expect(again.pending.at(-1)).toBe(first.pending.at(-1));
    expect(first.dropped + again.dropped).toBe(8);
  });

  it('never puts two gaps side by side, and keeps a catch-up gap above the kept posts', () => {
    const top = newGap();
    const capped = capWaiting([top, ...statusItems(['9', '8']), newGap(), ...statusItems(['4', '3'])], 2);
    expect(shape(capped.pending)).toEqual(['gap', '9', '8', 'gap']);
    expect(capped.pending[0]).toBe(top);
    expect(capped.dropped).toBe(2);
  });

  it('counts the posts held and those let go, never the gaps', () => {
    expect(waitingCount({ pendingNew: [...statusItems(['9', '8']), newGap()], droppedNew: 5998 })).toBe(6000);
    expect(waitingCount(undefined)).toBe(0);
  });

  it('says the count in full, grouped as each language writes numbers', () => {
    const button = (count: number) => {
      const view = render(createElement(NewPostsButton, { count, onShow: vi.fn() }));
      const name = screen.getByRole('button').textContent;
      view.unmount();
      return name;
    };
    expect(button(6000)).toBe('6,000 new posts');
    expect(button(1)).toBe('1 new post');
    act(() => i18n.changeLanguage('es'));
    expect(button(60000)).toBe('60.000 publicaciones nuevas');
    act(() => i18n.changeLanguage('en'));
  });
});

describe('a timeline that streams more than it keeps', () => {
  const me = 'me@social.example';
  const home: TimelineSource = { kind: 'home' };
  const local: TimelineSource = { kind: 'local' };
  const homeKey = timelineKey(me, home);
  const store = () => useAtrium.getState();
  const timeline = () => store().timelines[homeKey]!;

  /** Home showing posts 100..61 of a server holding 1,100, then 101..1,100 streamed in batches, oldest first. */
  async function streamedPastTheCap() {
    const server = fakeTimeline(1100);
    let newest = 100;
    installMasto({
      'v1.timelines.home.list': (params) => server({ ...params, ...(params?.['minId'] ? {} : { maxId: String(newest + 1) }) }),
      'v1.timelines.public.list': () => page([status('150')]),
    });
    await store().loadInitial(me, home);
    // Another view (Local) shows one of the posts that will be let go.
    await store().loadInitial(me, local);
    newest = 1100;
    const arrived = idRange(1100, 101).reverse();
    for (let start = 0; start < arrived.length; start += 100) store().receiveStatuses(homeKey, arrived.slice(start, start + 100).map((id) => status(id)));
  }

  it('keeps the newest waiting posts, counts every one, and forgets the rest unless another view shows them', async () => {
    await streamedPastTheCap();
    expect(idsOf(timeline().pendingNew)).toEqual(idRange(1100, 1101 - WAITING_CAP));
    expect(timeline().pendingNew.at(-1)?.type).toBe('gap');
    expect(waitingCount(timeline())).toBe(1000);
    expect(store().statuses['1100']).toBeDefined();
    expect(store().statuses['500']).toBeUndefined();
    expect(store().statuses['150']).toBeDefined();
    // What was shown before stays as it was.
    expect(idsOf(timeline().items)).toEqual(idRange(100, 61));
  });

  it('shows the kept posts on top with a gap below them that loads every post let go', async () => {
    await streamedPastTheCap();
    store().showNew(homeKey);
    expect(shape(timeline().items.slice(WAITING_CAP - 1, WAITING_CAP + 2))).toEqual(['901', 'gap', '100']);
    expect(waitingCount(timeline())).toBe(0);
    for (let fills = 0; fills < 30 && timeline().items.some((item) => item.type === 'gap'); fills++) {
      const gap = timeline().items.find((item) => item.type === 'gap') as { key: string };
      await store().fillGap(me, home, gap.key);
    }
    expect(idsOf(timeline().items)).toEqual(idRange(1100, 61));
    expect(timeline().items.every((item) => item.type === 'status')).toBe(true);
  });

  it('lets the older cursor load the posts let go when nothing was shown below them', async () => {
    installMasto({ 'v1.timelines.home.list': () => page([]) });
    await store().loadInitial(me, home);
    store().receiveStatuses(homeKey, idRange(1000, 1).reverse().map((id) => status(id)));
    store().showNew(homeKey);
    expect(shape(timeline().items)).toEqual(idRange(1000, 1001 - WAITING_CAP));
    expect(timeline().older).toEqual({ maxId: String(1001 - WAITING_CAP) });
  });
});
