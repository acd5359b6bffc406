import type { Page } from 'playwright-core';
import { startAtrium } from '../e2e/support/atrium';
import { signInThroughBrowser } from '../e2e/support/signIn';
import type { Sandbox } from '../sandbox/index';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';

/** What the renderer benchmarks report, in milliseconds. */
export interface RendererTimings {
  firstPaintMs: number[];
  frameMs: number[];
}

/** Reloads the signed-in app and times until the first post of Home is on screen. */
async function timeFirstPaint(page: Page): Promise<number> {
  const start = Date.now();
  await page.reload();
  await page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
  return Date.now() - start;
}

/** Scrolls Home a little every frame for `frames` frames and records each frame's duration in the page. */
async function timeScrolling(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const feed = document.querySelector('[role="feed"]');
    const scroller = feed?.parentElement;
    if (!scroller) throw new Error('No feed to scroll.');
    const durations: number[] = [];
    let last = performance.now();
    for (let i = 0; i < count; i++) {
      scroller.scrollBy({ top: 120 });
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      durations.push(now - last);
      last = now;
    }
    return durations;
  }, frames);
}

/** Signs in to the sandbox in Chromium and measures first paint of Home and frames while scrolling it. */
export async function measureRenderer(sandbox: Sandbox): Promise<RendererTimings> {
  const atrium = await startAtrium({ secretStore: new MemorySecretStore(), viewport: { width: 1280, height: 860 } });
  try {
    await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
    await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
    const firstPaintMs: number[] = [];
    for (let run = 0; run < 7; run++) firstPaintMs.push(await timeFirstPaint(atrium.page));
    return { firstPaintMs, frameMs: await timeScrolling(atrium.page, 600) };
  } finally {
    await atrium.close();
  }
}

/** The 95th percentile of some timings. */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}
