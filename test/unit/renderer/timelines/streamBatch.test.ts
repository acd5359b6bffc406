import type { mastodon } from 'masto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STREAM_BATCH_MS, StreamBatch } from '../../../../renderer/features/timelines/streamBatch';

const post = (id: string) => ({ id }) as mastodon.v1.Status;

describe('streamed posts gathered for the store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands over what arrived within a batch together, per timeline, in the order sent', () => {
    const delivered: [string, string[]][] = [];
    const batch = new StreamBatch((key, statuses) => delivered.push([key, statuses.map((status) => status.id)]));
    batch.add('home', post('1'));
    batch.add('tag', post('2'));
    batch.add('home', post('3'));
    expect(delivered).toEqual([]);
    vi.advanceTimersByTime(STREAM_BATCH_MS);
    expect(delivered).toEqual([
      ['home', ['1', '3']],
      ['tag', ['2']],
    ]);
    batch.add('home', post('4'));
    vi.advanceTimersByTime(STREAM_BATCH_MS);
    expect(delivered.at(-1)).toEqual(['home', ['4']]);
  });

  it('hands over at once when asked (before a delete), and not again when the timer fires', () => {
    const deliver = vi.fn();
    const batch = new StreamBatch(deliver);
    batch.add('home', post('1'));
    batch.flush();
    expect(deliver).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(STREAM_BATCH_MS * 2);
    expect(deliver).toHaveBeenCalledTimes(1);
  });
});
