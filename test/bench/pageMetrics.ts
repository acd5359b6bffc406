import type { Page } from 'playwright-core';

/** The page's size after a full garbage collection. */
export interface PageSize {
  /** JavaScript heap in use, in MB. */
  heapMb: number;
  /** Elements in the document. */
  elements: number;
}

/** Collects garbage (CDP `HeapProfiler.collectGarbage`), then reads the heap (`Performance.getMetrics`) and counts elements. */
export async function measurePageSize(page: Page): Promise<PageSize> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { heapMb: heap / 2 ** 20, elements };
  } finally {
    await session.detach();
  }
}
