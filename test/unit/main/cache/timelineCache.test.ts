import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelineCache, timelineCacheLimits } from '../../../../main/cache/timelineCache';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atrium-cache-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const statuses = (count: number, content = 'hello') => Array.from({ length: count }, (_, i) => ({ id: String(1000 - i), content }));

describe('the on-device timeline cache', () => {
  it('gives back what was saved, per account', async () => {
    const cache = new TimelineCache(dir);
    await cache.write('1@social.example', statuses(3));
    await cache.write('2@social.example', statuses(1, 'other'));
    expect((await cache.read('1@social.example'))?.statuses).toEqual(statuses(3));
    expect((await cache.read('2@social.example'))?.statuses).toEqual(statuses(1, 'other'));
    expect(await cache.read('3@social.example')).toBeNull();
  });

  it('keeps only the newest posts and stays under its size limit', async () => {
    const cache = new TimelineCache(dir);
    await cache.write('a', statuses(500));
    expect((await cache.read('a'))?.statuses).toHaveLength(timelineCacheLimits.maxStatuses);
    await cache.write('a', statuses(40, 'x'.repeat(100_000)));
    const kept = (await cache.read('a'))?.statuses ?? [];
    expect(kept.length).toBeGreaterThan(0);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(timelineCacheLimits.maxBytes);
    expect(kept[0]?.id).toBe('1000');
  });

  it('treats a damaged file as a miss and names no account on disk', async () => {
    const cache = new TimelineCache(dir);
    await cache.write('someone@social.example', statuses(1));
    const [file] = await readdir(dir);
    expect(file).not.toContain('someone');
    await writeFile(path.join(dir, file as string), '{"statuses": "not a list"');
    expect(await cache.read('someone@social.example')).toBeNull();
  });

  it('forgets an account', async () => {
    const cache = new TimelineCache(dir);
    await cache.write('a', statuses(2));
    await cache.remove('a');
    expect(await cache.read('a')).toBeNull();
  });
});

describe('writes and removals of one account', () => {
  it('run in the order they were asked for, so a removal is not undone by a write on its way', async () => {
    const cache = new TimelineCache(dir);
    const write = cache.write('a', statuses(3));
    const removal = cache.remove('a');
    await Promise.all([write, removal]);
    expect(await cache.read('a')).toBeNull();
  });
});
