/**
 * The Home cache is bounded on what reaches the disk (issue 16.4): the size limit holds for the bytes
 * written, fields Atrium does not show are dropped (so nested junk cannot multiply on the way), nesting is
 * capped, and a failed write leaves no temporary file behind.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimelineCache, timelineCacheLimits } from '../../../../main/cache/timelineCache';
import { MAX_CACHE_DEPTH, keepStatus } from '../../../../main/cache/statusShape';

// Lets one test make the disk fail in the middle of a write.
const failWrites = { enabled: false };
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!failWrites.enabled) return handle;
      return Object.assign(Object.create(Object.getPrototypeOf(handle) as object) as object, handle, {
        writeFile: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atrium-cache-bounds-'));
});
afterEach(async () => {
  failWrites.enabled = false;
  await rm(dir, { recursive: true, force: true });
});

async function onlyFile(): Promise<string> {
  const files = await readdir(dir);
  expect(files).toHaveLength(1);
  return path.join(dir, files[0] as string);
}

/** `[[[…]]]` nested `depth` deep: a few bytes compact, megabytes once indented. */
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('the Home cache on disk', () => {
  it('stays under its byte limit as written, even when characters take more than one byte', async () => {
    const cache = new TimelineCache(dir);
    // 30,000 characters but 60,000 bytes each: 40 of them fit the limit by characters, not by bytes.
    const posts = Array.from({ length: 40 }, (_, i) => ({ id: String(1000 - i), content: 'é'.repeat(30_000) }));
    await cache.write('a', posts);
    expect((await stat(await onlyFile())).size).toBeLessThanOrEqual(timelineCacheLimits.maxBytes);
    const kept = (await cache.read('a'))?.statuses ?? [];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept[0]).toEqual(posts[0]);
  });

  it('keeps only the fields Atrium shows, so nested junk from a server never reaches the disk', async () => {
    const cache = new TimelineCache(dir);
    const hostile = {
      id: '1',
      content: '<p>hi</p>',
      junk: nestedArrays(5_000),
      spoilerText: nestedArrays(100),
      account: { id: '7', acct: 'ana', displayName: 'Ana', secretPlans: 'x'.repeat(1_000), emojis: [{ shortcode: 'wave', url: 'https://e/w.png', extra: nestedArrays(50) }] },
      mediaAttachments: Array.from({ length: 500 }, (_, i) => ({ id: String(i), type: 'image', url: `https://m/${i}.png`, meta: { original: { width: 1, height: 1, deeper: nestedArrays(50) } } })),
      poll: null,
    };
    await cache.write('a', [hostile]);
    const text = await readFile(await onlyFile(), 'utf8');
    expect(text.length).toBeLessThan(5_000);
    const [kept] = (await cache.read('a'))?.statuses ?? [];
    expect(kept).toEqual({
      id: '1',
      content: '<p>hi</p>',
      account: { id: '7', acct: 'ana', displayName: 'Ana', emojis: [{ shortcode: 'wave', url: 'https://e/w.png' }] },
      mediaAttachments: Array.from({ length: 20 }, (_, i) => ({ id: String(i), type: 'image', url: `https://m/${i}.png`, meta: { original: { width: 1, height: 1 } } })),
      poll: null,
    });
  });

  it('caps nesting: a boost keeps the post it boosts, and no deeper', () => {
    const kept = keepStatus({ id: '3', reblog: { id: '2', reblog: { id: '1', reblog: { id: '0' } } } });
    expect(kept).toEqual({ id: '3', reblog: { id: '2' } });
    const depth = (value: unknown): number =>
      typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;
    expect(depth(kept)).toBeLessThanOrEqual(MAX_CACHE_DEPTH);
  });

  it('leaves no temporary file when the disk fails mid-write, and keeps the previous cache', async () => {
    const cache = new TimelineCache(dir);
    await cache.write('a', [{ id: '1', content: 'before' }]);
    failWrites.enabled = true;
    await expect(cache.write('a', [{ id: '2', content: 'after' }])).rejects.toThrow('ENOSPC');
    failWrites.enabled = false;
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await cache.read('a'))?.statuses).toEqual([{ id: '1', content: 'before' }]);
  });

  it('reads an older, unfiltered cache file through the same filter', async () => {
    const cache = new TimelineCache(dir);
    await cache.write('a', [{ id: '1' }]);
    await fs.writeFile(await onlyFile(), JSON.stringify({ savedAt: 'x', statuses: [{ id: '1', junk: nestedArrays(20), content: 'kept' }] }));
    expect((await cache.read('a'))?.statuses).toEqual([{ id: '1', content: 'kept' }]);
  });
});
