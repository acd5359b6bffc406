import { describe, expect, it } from 'vitest';
import { abortableSleep, followAll, type FollowAllProgress } from '../../../../renderer/features/directory/followAll';
import { isNewAccount } from '../../../../renderer/features/firstDay/newAccount';
import { fetchRelationshipsInBatches } from '../../../../renderer/features/directory/relationships';

const now = Date.parse('2026-11-29T12:00:00Z');
const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString();

describe('the new-account rule', () => {
  it('is new when joined in the last 14 days, whatever it follows', () => {
    expect(isNewAccount({ createdAt: daysAgo(3), followingCount: 200 }, now)).toBe(true);
    expect(isNewAccount({ createdAt: daysAgo(13.9), followingCount: 50 }, now)).toBe(true);
  });

  it('is new when it follows fewer than 5 accounts, however old', () => {
    expect(isNewAccount({ createdAt: daysAgo(900), followingCount: 4 }, now)).toBe(true);
    expect(isNewAccount({ createdAt: daysAgo(900), followingCount: 5 }, now)).toBe(false);
    expect(isNewAccount({ createdAt: daysAgo(15), followingCount: 30 }, now)).toBe(false);
  });

  it('does not count an unreadable join date as recent', () => {
    expect(isNewAccount({ createdAt: 'yesterday-ish', followingCount: 30 }, now)).toBe(false);
  });
});

describe('relationship batching', () => {
  it('asks in batches of 40 ids, once per id, and keeps what each batch says', async () => {
    const batches: string[][] = [];
    const ids = Array.from({ length: 95 }, (_, i) => String(i));
    const found = await fetchRelationshipsInBatches([...ids, '3', '4'], async (batch) => {
      batches.push(batch);
      return batch.map((id) => ({ id, following: Number(id) % 2 === 0, requested: false }));
    });
    expect(batches.map((batch) => batch.length)).toEqual([40, 40, 15]);
    expect(found.size).toBe(95);
    expect(found.get('4')).toEqual({ following: true, requested: false });
  });

  it('ignores malformed answers instead of failing', async () => {
    const found = await fetchRelationshipsInBatches(['1', '2'], async () => [null, { id: 1 }, { id: '2', following: true }] as never);
    expect([...found.keys()]).toEqual(['2']);
  });
});

describe('follow all', () => {
  const rateLimited = Object.assign(new Error('slow down'), { code: 'rate_limited', retryAfter: 3 });
  const waitOf = (error: unknown) => ((error as { code?: string }).code === 'rate_limited' ? 3_000 : null);

  it('skips people already followed, waits out a 429 as asked and says so, then carries on', async () => {
    const followed: string[] = [];
    const slept: number[] = [];
    const progress: FollowAllProgress[] = [];
    let refusedOnce = false;
    const result = await followAll(['a', 'b', 'c', 'd'], {
      follow: async (id) => {
        if (id === 'c' && !refusedOnce) {
          refusedOnce = true;
          throw rateLimited;
        }
        if (id === 'd') throw new Error('gone');
        followed.push(id);
        return { following: true, requested: false };
      },
      isFollowed: (id) => id === 'b',
      rateLimitWaitMs: waitOf,
      sleep: async (ms) => void slept.push(ms),
      onProgress: (p) => progress.push(p),
      onFollowed: () => undefined,
      signal: new AbortController().signal,
    });
    expect(followed).toEqual(['a', 'c']);
    expect(slept).toEqual([3_000]);
    expect(progress.some((p) => p.waitingSeconds === 3)).toBe(true);
    expect(result).toMatchObject({ done: 4, followed: 2, skipped: 1, failed: 1, waitingSeconds: null, cancelled: false });
  });

  it('stops when cancelled, even while waiting, and keeps what was followed', async () => {
    const controller = new AbortController();
    const followed: string[] = [];
    const result = await followAll(['a', 'b', 'c'], {
      follow: async (id) => {
        if (id === 'b') throw rateLimited;
        followed.push(id);
        return { following: true, requested: false };
      },
      isFollowed: () => false,
      rateLimitWaitMs: waitOf,
      sleep: (ms, signal) => {
        const waiting = abortableSleep(60_000, signal);
        controller.abort();
        return waiting;
      },
      onProgress: () => undefined,
      onFollowed: () => undefined,
      signal: controller.signal,
    });
    expect(followed).toEqual(['a']);
    expect(result.cancelled).toBe(true);
  });
});
