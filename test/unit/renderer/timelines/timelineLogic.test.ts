import { describe, expect, it } from 'vitest';
import {
  appendOlder,
  compareIds,
  idsOf,
  newGap,
  removeId,
  statusItems,
  trimToCap,
  type TimelineItem,
} from '../../../../renderer/features/timelines/timelineLogic';
import { fillGap } from '../../../../renderer/features/timelines/gapFilling';
import { normalizeStatuses, withToggle } from '../../../../renderer/features/timelines/statusLogic';
import { idRange, status } from './fixtures';

const shape = (items: TimelineItem[]) => items.map((item) => (item.type === 'gap' ? 'gap' : item.id));

describe('merging pages', () => {
  it('appends an older page without doubling posts that slid over the page edge', () => {
    expect(shape(appendOlder(statusItems(['9', '8', '7']), ['7', '6', '5']))).toEqual(['9', '8', '7', '6', '5']);
  });
});

describe('gaps', () => {
  const withGap = (): TimelineItem[] => [...statusItems(['100', '99']), newGap(), ...statusItems(['10', '9'])];

  it('fills a small gap in one page and closes it when the page reaches known posts', () => {
    // min_id=10 answers the posts just above 10, newest first, running into 99 and 100.
    const filled = fillGap(withGap(), 2, ['100', '99', '13', '12', '11'], 40);
    expect(shape(filled)).toEqual(['100', '99', '13', '12', '11', '10', '9']);
  });

  it('keeps the gap above a full page that did not reach known posts', () => {
    const filled = fillGap(withGap(), 2, ['14', '13', '12', '11'], 4);
    expect(shape(filled)).toEqual(['100', '99', 'gap', '14', '13', '12', '11', '10', '9']);
  });

  it('closes a gap when the page comes back short', () => {
    expect(shape(fillGap(withGap(), 2, ['12', '11'], 40))).toEqual(['100', '99', '12', '11', '10', '9']);
  });

  it('drops a gap left with nothing below it and never doubles gaps', () => {
    const items: TimelineItem[] = [...statusItems(['5']), newGap(), ...statusItems(['3'])];
    expect(shape(removeId(items, '3'))).toEqual(['5']);
    expect(shape(removeId([newGap(), ...statusItems(['4']), newGap(), ...statusItems(['2'])], '4'))).toEqual(['gap', '2']);
  });
});

describe('the memory cap', () => {
  const long = statusItems(idRange(1000, 1));

  it('leaves a timeline under the cap alone', () => {
    expect(trimToCap(statusItems(['3', '2', '1']), 0, 10).items).toHaveLength(3);
  });

  it('drops far-off older posts and says where the next older page starts', () => {
    const trimmed = trimToCap(long, 10, 300);
    expect(trimmed.items).toHaveLength(300);
    expect(trimmed.droppedAbove).toBe(false);
    expect(trimmed.newOldestId).toBe('701');
  });

  it('puts a gap where far-off newer posts were dropped, so scrolling back fetches them', () => {
    const trimmed = trimToCap(long, 900, 300);
    expect(trimmed.items[0]?.type).toBe('gap');
    expect(trimmed.items).toHaveLength(301);
    // The row in view is still there.
    expect(idsOf(trimmed.items)).toContain('100');
    expect(trimmed.newOldestId).toBeUndefined();
    // The gap holds nothing: trimming again changes nothing, so a view can trim on every render.
    expect(trimToCap(trimmed.items, 200, 300).items).toEqual(trimmed.items);
  });
});

describe('ids and posts', () => {
  it('orders Mastodon snowflakes by length and GoToSocial ULIDs as text', () => {
    expect(compareIds('113', '99')).toBeGreaterThan(0);
    expect(compareIds('01HZZZ', '01HAAA')).toBeGreaterThan(0);
  });

  it('stores a boost and the boosted post once each', () => {
    const byId = normalizeStatuses([status('2', { reblog: status('1') })]);
    expect(Object.keys(byId).sort()).toEqual(['1', '2']);
    expect(byId['2']?.reblogId).toBe('1');
  });

  it('never counts below zero when un-favouriting', () => {
    const [stored] = Object.values(normalizeStatuses([status('1', { favourited: true, favouritesCount: 0 })]));
    expect(withToggle(stored!, 'favourite', false).favouritesCount).toBe(0);
  });
});
