import type { Page } from 'playwright-core';
import { startBenchAtrium } from '../benchAtrium';
import { describeSpread, repeat, spread, type Benchmark, type Row } from '../harness';
import { startFollowingEveryone } from '../homeOrganization';
import { measurePageSize, type PageSize } from '../pageMetrics';
import { tokenAccounts } from '../tokenAccounts';

const firstPost = (page: Page) => page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor({ timeout: 60_000 });

/** Scrolls Home a little every frame for `frames` frames; each frame's duration as the page saw it. */
export async function timeScrolling(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const scroller = document.querySelector('[role="feed"]')?.parentElement;
    if (!scroller) throw new Error('No feed to scroll.');
    const durations: number[] = [];
    // Frame to frame, by the frames' own timestamps (a frame's time can precede performance.now() of the task before it).
    let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < count; i++) {
      scroller.scrollBy({ top: 120 });
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      durations.push(now - last);
      last = now;
    }
    return durations;
  }, frames);
}

/**
 * Reads Home down a screen at a time until `target` different posts have been on screen (older
 * pages load as the end comes near), the way a person scrolls through it. Resolves with how many were.
 */
async function scrollThrough(page: Page, target: number): Promise<number> {
  return page.evaluate(async (wanted) => {
    const feed = document.querySelector('[role="feed"][aria-label="Home"]');
    const scroller = feed?.parentElement;
    if (!feed || !scroller) throw new Error('No Home to scroll.');
    const seen = (window as unknown as { benchSeen?: Set<string> }).benchSeen ?? new Set<string>();
    Object.assign(window, { benchSeen: seen });
    let grewAt = performance.now();
    // Stops at the target, or when nothing new came for 20 s (the end of Home, or a failure).
    while (seen.size < wanted && performance.now() - grewAt < 20_000) {
      scroller.scrollBy({ top: scroller.clientHeight });
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const before = seen.size;
      for (const article of feed.querySelectorAll<HTMLElement>('article[data-status-id]')) seen.add(article.dataset.statusId ?? '');
      if (seen.size > before) grewAt = performance.now();
    }
    return seen.size;
  }, target);
}

const sizeRows = (label: string, early: PageSize & { posts: number }, late: PageSize & { posts: number }): Row[] => {
  const growth = (from: number, to: number) => ((to - from) / from) * 100;
  const change = (from: number, to: number) => `${Math.abs(growth(from, to)).toFixed(1)}% ${to >= from ? 'more' : 'less'}`;
  return [
    {
      name: `Home scrolled through ${late.posts.toLocaleString('en')} posts: DOM elements`,
      value: late.elements,
      unit: '',
      detail: `${early.elements} at ${early.posts.toLocaleString('en')} posts (${change(early.elements, late.elements)} at the end); ${label}`,
    },
    {
      name: `Home: growth of DOM elements from ${early.posts.toLocaleString('en')} to ${late.posts.toLocaleString('en')} posts`,
      value: growth(early.elements, late.elements),
      unit: '%',
      detail: 'flat means the list is virtualized and trimmed',
      budget: { max: 10, text: '≤ 10%' },
    },
    {
      name: `Home scrolled through ${late.posts.toLocaleString('en')} posts: JS heap after GC`,
      value: late.heapMb,
      unit: 'MB',
      detail: `${early.heapMb.toFixed(1)} MB at ${early.posts.toLocaleString('en')} posts (${change(early.heapMb, late.heapMb)} at the end)`,
      budget: { max: 30, text: '≤ 30 MB' },
    },
    {
      name: `Home: growth of JS heap from ${early.posts.toLocaleString('en')} to ${late.posts.toLocaleString('en')} posts`,
      value: growth(early.heapMb, late.heapMb),
      unit: '%',
      detail: 'the least of three readings, each after HeapProfiler.collectGarbage, both times',
      budget: { max: 10, text: '≤ 10%' },
    },
  ];
};

/** Home: its first paint after a reload, 600 frames of fast scrolling, and its size after thousands of posts. */
export const homeBenchmark: Benchmark = {
  id: 'home',
  run: async (options) => {
    const [early, late] = options.small ? [40, 120] : [500, 5_000];
    const sandbox = await startFollowingEveryone(options.small ? { staff: 30, posts: 400 } : { staff: 100, posts: 8_000 });
    const atrium = await startBenchAtrium(await tokenAccounts(sandbox, [sandbox.demoUser.username]));
    try {
      const { page } = atrium;
      await firstPost(page);
      const paints = await repeat(options, async () => {
        const start = performance.now();
        await page.reload();
        await firstPost(page);
        return performance.now() - start;
      });
      const frames = await timeScrolling(page, options.small ? 60 : 600);
      const over50 = frames.filter((ms) => ms > 50).length;

      await page.reload();
      await firstPost(page);
      const earlyPosts = await scrollThrough(page, early);
      const earlySize = { posts: earlyPosts, ...(await measurePageSize(page)) };
      const lateSize = { posts: await scrollThrough(page, late), ...(await measurePageSize(page)) };
      if (lateSize.posts < late) throw new Error(`Home showed only ${lateSize.posts} posts of the ${late} asked for.`);
      return [
        { name: 'first Home paint after a reload', value: spread(paints).median, unit: 'ms', detail: `${describeSpread(paints, 'ms')}; reload to the first post on screen` },
        { name: `fast scroll of Home, ${frames.length} frames: p95 frame`, value: spread(frames).p95, unit: 'ms', detail: `120 px a frame; ${describeSpread(frames, 'ms')}`, budget: { max: 33, text: '≤ 33 ms' } },
        { name: `fast scroll of Home, ${frames.length} frames: frames over 50 ms`, value: over50, unit: '', detail: 'the frames a person sees as a stutter', budget: { max: 4, text: 'fewer than 5' } },
        ...sizeRows('virtualized list', earlySize, lateSize),
      ];
    } finally {
      await atrium.close();
      await sandbox.close();
    }
  },
};
