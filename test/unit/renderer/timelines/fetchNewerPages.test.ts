import { describe, expect, it, vi } from 'vitest';
import { fetchNewerPages } from '../../../../renderer/features/timelines/timelineLogic';

const posts = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => ({ id: String(from - i) }));

describe('catching up with min_id', () => {
  it('walks pages upwards from the newest known post', async () => {
    // Mastodon answers min_id with the posts just above it, newest first.
    const fetchPage = vi.fn(async (minId: string) => posts(Math.min(Number(minId) + 3, 107), Number(minId) + 1).filter((p) => Number(p.id) <= 107));
    const result = await fetchNewerPages(fetchPage, '100', { pageLimit: 3, maxPages: 10 });
    expect(result.items.map((p) => p.id)).toEqual(['107', '106', '105', '104', '103', '102', '101']);
    expect(result.more).toBe(false);
    expect(fetchPage.mock.calls.map(([minId]) => minId)).toEqual(['100', '103', '106']);
  });

  it('counts only the really new posts when the server ignores min_id', async () => {
    // The server answers its newest 40 posts whatever min_id says; 11 of them are newer than what we hold.
    const fetchPage = vi.fn(async () => posts(111, 72));
    const result = await fetchNewerPages(fetchPage, '100', { pageLimit: 40, maxPages: 225 });
    expect(result.items.map((p) => p.id)).toEqual(posts(111, 101).map((p) => p.id));
    expect(result.more).toBe(false);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('stops when a full page holds nothing newer', async () => {
    const fetchPage = vi.fn(async () => posts(100, 61));
    const result = await fetchNewerPages(fetchPage, '100', { pageLimit: 40, maxPages: 5 });
    expect(result).toEqual({ items: [], more: false });
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});
