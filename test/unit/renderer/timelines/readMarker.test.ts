import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMarkerSaver, isNewer, MARKER_SAVE_DELAY_MS, newestInView, readDividerIndex } from '../../../../renderer/features/timelines/readMarker';
import { newGap, statusItems } from '../../../../renderer/features/timelines/timelineLogic';
import { idRange } from './fixtures';

describe('Home read marker rules', () => {
  it('orders ids as the server does, so a shorter snowflake is older', () => {
    expect(isNewer('100', '99')).toBe(true);
    expect(isNewer('99', '100')).toBe(false);
    expect(isNewer('100', '100')).toBe(false);
    expect(isNewer('1', null)).toBe(true);
  });

  it('finds the newest post in view, skipping a gap at the top and rows out of view', () => {
    const items = [statusItems(['30']), [newGap()], statusItems(['20', '10'])].flat();
    const rows = items.map((_, index) => ({ index, start: index * 100, end: index * 100 + 100 }));
    expect(newestInView(items, rows, 0, 250)).toBe('30');
    expect(newestInView(items, rows, 100, 350)).toBe('20');
    expect(newestInView(items, rows, 150, 350)).toBe('20');
    expect(newestInView(items, rows, 400, 500)).toBeUndefined();
  });

  it('puts the divider above the marked post, or the newest older one when it was deleted', () => {
    const items = statusItems(idRange(10, 1));
    expect(readDividerIndex(items, '7')).toBe(3);
    expect(readDividerIndex(statusItems(['10', '9', '6', '5']), '7')).toBe(2);
  });

  it('shows no divider when nothing unread lies above it, or the marked post is not loaded', () => {
    const items = statusItems(idRange(10, 5));
    expect(readDividerIndex(items, '10')).toBe(-1);
    expect(readDividerIndex(items, '12')).toBe(-1);
    expect(readDividerIndex(items, '3')).toBe(-1);
    expect(readDividerIndex(items, null)).toBe(-1);
  });
});

describe('the marker saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, the newest position, after the reader settles', () => {
    const save = vi.fn();
    const saver = createMarkerSaver(save);
    saver.note('11');
    vi.advanceTimersByTime(MARKER_SAVE_DELAY_MS - 1);
    saver.note('12');
    vi.advanceTimersByTime(MARKER_SAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('12');
  });

  it('never moves backwards: not behind what it saved, nor behind the server', () => {
    const save = vi.fn();
    const saver = createMarkerSaver(save);
    saver.seed('100');
    saver.note('99');
    vi.runAllTimers();
    expect(save).not.toHaveBeenCalled();
    saver.note('101');
    saver.note('100');
    vi.runAllTimers();
    expect(save).toHaveBeenCalledExactlyOnceWith('101');
    saver.note('100');
    vi.runAllTimers();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('drops a waiting position once another client read further, and saves what waits on flush', () => {
    const save = vi.fn();
    const saver = createMarkerSaver(save);
    saver.note('50');
    saver.seed('60');
    vi.runAllTimers();
    expect(save).not.toHaveBeenCalled();
    saver.note('61');
    saver.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith('61');
    saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
