import type { Page } from 'playwright-core';

/** The page's size after a full garbage collection. */
export interface PageSize {
  /** JavaScript heap in use, in MB. */
  heapMb: number;
  /** Elements in the document. */
  elements: number;
}

/** Collections and readings per measurement: one reading has come out a megabyte high now and then (see below). */
const READINGS = 3;

/**
 * Collects garbage (CDP `HeapProfiler.collectGarbage`), reads the heap (`Performance.getMetrics`) and counts
 * elements, three times a frame apart, and keeps the smallest heap. A collection can leave garbage it
 * reclaims in a later one, so a reading is never below what the page holds, only above: one full run
 * read Home's heap at 5,000 posts a megabyte over the runs before and the two after it.
 */
export async function measurePageSize(page: Page): Promise<PageSize> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Performance.enable');
    const heaps: number[] = [];
    for (let reading = 0; reading < READINGS; reading++) {
      if (reading > 0) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      await session.send('HeapProfiler.collectGarbage');
      const { metrics } = await session.send('Performance.getMetrics');
      heaps.push(metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN);
    }
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { heapMb: Math.min(...heaps) / 2 ** 20, elements };
  } finally {
    await session.detach();
  }
}
