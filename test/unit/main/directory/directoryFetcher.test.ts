import { describe, expect, it } from 'vitest';
import { fetchWholeDirectory, type DirectoryPageResult } from '../../../../main/directory/directoryFetcher';

type Person = { id: string };
const people = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `p${i}` }));

/** A fake server holding `all`, answering pages of `limit` from `offset`, with scripted 429s. */
function fakeServer(all: Person[], script: { rateLimitAt?: number[]; missing?: boolean } = {}) {
  const asked: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const rateLimitAt = [...(script.rateLimitAt ?? [])];
  const fetchPage = async (offset: number, limit: number): Promise<DirectoryPageResult<Person>> => {
    asked.push(offset);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await Promise.resolve();
    inFlight -= 1;
    if (script.missing) return { kind: 'missing' };
    const at = rateLimitAt.indexOf(offset);
    if (at >= 0) {
      rateLimitAt.splice(at, 1);
      return { kind: 'rateLimited', waitMs: 5_000 };
    }
    return { kind: 'page', people: all.slice(offset, offset + limit) };
  };
  return { fetchPage, asked, maxInFlight: () => maxInFlight };
}

describe('fetching the whole directory', () => {
  it('walks every page with a few requests in flight and keeps each person once, in order', async () => {
    const all = people(205);
    const server = fakeServer(all);
    const progress: number[] = [];
    const result = await fetchWholeDirectory({ ...server, sleep: async () => undefined, onProgress: (p) => progress.push(p.loaded), pageSize: 20, concurrency: 3, maxPeople: 1_000 });
    expect(result?.people).toEqual(all);
    expect(result?.complete).toBe(true);
    expect(server.maxInFlight()).toBe(3);
    expect(progress.at(-1)).toBe(205);
    // It stops soon after the short page: at most one speculative request per worker beyond it.
    expect(Math.max(...server.asked)).toBeLessThanOrEqual(200 + 2 * 20);
  });

  it('waits as long as the server asks on a 429, says so, then asks for the same page again', async () => {
    const all = people(50);
    const server = fakeServer(all, { rateLimitAt: [20] });
    const slept: number[] = [];
    const waits: (number | null)[] = [];
    const result = await fetchWholeDirectory({
      ...server,
      sleep: async (ms) => void slept.push(ms),
      onProgress: (p) => waits.push(p.waitMs),
      pageSize: 20,
      concurrency: 2,
      maxPeople: 1_000,
    });
    expect(slept).toEqual([5_000]);
    expect(waits).toContain(5_000);
    expect(server.asked.filter((offset) => offset === 20)).toHaveLength(2);
    expect(result?.people).toEqual(all);
  });

  it('gives up when the server keeps refusing', async () => {
    const server = fakeServer(people(10), { rateLimitAt: [0, 0, 0, 0] });
    await expect(fetchWholeDirectory({ ...server, sleep: async () => undefined, onProgress: () => undefined, maxPeople: 100, maxWaitsPerPage: 2 })).rejects.toThrow(/slow down/);
  });

  it('says there is no directory when the first page is a 404', async () => {
    const server = fakeServer([], { missing: true });
    expect(await fetchWholeDirectory({ ...server, sleep: async () => undefined, onProgress: () => undefined, maxPeople: 100 })).toBeNull();
  });

  it('stops at its limit and says the list is not complete', async () => {
    const server = fakeServer(people(500));
    const result = await fetchWholeDirectory({ ...server, sleep: async () => undefined, onProgress: () => undefined, pageSize: 40, maxPeople: 120 });
    expect(result?.people).toHaveLength(120);
    expect(result?.complete).toBe(false);
  });
});
