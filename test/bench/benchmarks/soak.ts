import type { Locator, Page } from 'playwright-core';
import { startBenchAtrium } from '../benchAtrium';
import { startPageProfile } from '../pageProfile';
import { describeSpread, spread, type Benchmark } from '../harness';
import { startFollowingEveryone } from '../homeOrganization';
import { measurePageSize } from '../pageMetrics';
import { staffHandles, tokenAccounts } from '../tokenAccounts';
import { WAITING_CAP } from '../../../renderer/features/timelines/waitingCap';

const TAG = 'soak';
const PER_SECOND = 100;

/** The number on a column's "N new posts" button (0 while there is none), written in full ("6,000"). */
const waiting = async (column: Locator) => {
  const button = column.getByRole('button', { name: /new posts?$/ });
  return (await button.count()) === 0 ? 0 : Number(/[\d,]+/.exec((await button.textContent()) ?? '')?.[0]?.replaceAll(',', '') ?? 0);
};

/**
 * Shows a column's waiting posts and loads the gap below the ones kept in memory once: true when that brought back
 * the first post sent, which the cap let go first. Nothing to check when no more arrived than the cap keeps.
 */
async function gapBringsBackFirst(column: Locator, sent: number): Promise<boolean> {
  if (sent <= WAITING_CAP) return true;
  await column.getByRole('button', { name: /new posts?$/ }).click();
  const feed = column.getByRole('feed');
  // The gap is a row of the virtualized list below the kept posts: scroll until it is drawn.
  const found = await feed.evaluate(async (element) => {
    const scroller = element.parentElement;
    for (let step = 0; scroller && step < 1_000; step++) {
      if ([...element.querySelectorAll('button')].some((button) => button.textContent?.includes('Load missing posts'))) return true;
      scroller.scrollTop += scroller.clientHeight / 2;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return false;
  });
  if (!found) return false;
  const heightBefore = await feed.evaluate((element) => element.getBoundingClientRect().height);
  await feed.getByRole('button', { name: 'Load missing posts' }).click();
  // The page loaded fills the gap from its lower edge up, so the first post sent lands just below: once the
  // list has grown by that page, scroll down to it.
  return feed.evaluate(async (element, before) => {
    const scroller = element.parentElement;
    const end = performance.now() + 30_000;
    while (scroller && performance.now() < end) {
      const texts = [...element.querySelectorAll('article')].map((article) => article.textContent ?? '');
      if (texts.some((text) => /Soak 0 #/.test(text))) return true;
      const filled = element.getBoundingClientRect().height > before;
      const top = scroller.scrollTop;
      if (filled) scroller.scrollTop += scroller.clientHeight / 2;
      // At the bottom once the page came: the post is not there.
      if (filled && scroller.scrollTop === top) return false;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return false;
  }, heightBefore);
}

/** Waits until a column says `expected` posts wait, or nothing changed for 15 s; the last count. */
async function settledCount(page: Page, column: Locator, expected: number): Promise<number> {
  let last = -1;
  let changedAt = Date.now();
  for (;;) {
    const count = await waiting(column);
    if (count >= expected) return count;
    if (count !== last) [last, changedAt] = [count, Date.now()];
    if (Date.now() - changedAt > 15_000) return count;
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  }
}

/**
 * 100 posts a second for `soakSeconds`, each with a hashtag, by people Home follows: they stream into
 * Home and a pinned hashtag column while someone types in the composer. Counts what each column
 * received, the heap growth, and key press to paint during the soak.
 */
export const soakBenchmark: Benchmark = {
  id: 'soak',
  run: async (options) => {
    const sandbox = await startFollowingEveryone({ staff: 40, posts: 400 });
    const authors = await staffHandles(sandbox, 10);
    await sandbox.postAs(authors[1] as string, { status: `Starting the soak #${TAG}` });
    const atrium = await startBenchAtrium(await tokenAccounts(sandbox, [sandbox.demoUser.username]), { viewport: { width: 1600, height: 900 } });
    let posting: NodeJS.Timeout | undefined;
    try {
      const { page } = atrium;
      const home = page.getByRole('region', { name: 'Home' });
      await page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Search and commands' });
      await palette.getByRole('combobox').fill(`#${TAG}`);
      await palette.getByRole('option', { name: TAG }).click();
      await page.getByRole('button', { name: 'Pin as a column' }).click();
      const column = page.getByRole('region', { name: `#${TAG}` });
      await column.getByRole('feed').getByRole('article').first().waitFor({ timeout: 30_000 });
      await page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name: 'Compose' }).click();
      await page.getByRole('textbox', { name: 'Post text' }).waitFor();
      const before = await measurePageSize(page);

      const profile = await startPageProfile(page);
      // Posts on the wall clock: whatever the load, the sandbox catches up to 100 for every second gone.
      let sent = 0;
      const started = Date.now();
      const total = PER_SECOND * options.soakSeconds;
      posting = setInterval(() => {
        const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * PER_SECOND));
        for (; sent < due; sent++) void sandbox.postAs(authors[sent % authors.length] as string, { status: `Soak ${sent} #${TAG}` });
      }, 20);
      // Someone typing a post, a key every 100 ms, while the posts pour in. Typed from inside the page (as
      // the directory benchmark does): this process is busy posting, and its messages to the page would lag.
      const keyMs = await page.evaluate(async (seconds) => {
        const text = document.querySelector<HTMLTextAreaElement>('textarea');
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        if (!text || !setValue) throw new Error('No post text to type in.');
        const times: number[] = [];
        const end = performance.now() + seconds * 1000;
        while (performance.now() < end) {
          const start = performance.now();
          setValue.call(text, `${text.value}k`);
          text.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          times.push(performance.now() - start);
          await new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, 100 - (performance.now() - start))));
        }
        return times;
      }, options.soakSeconds);
      while (sent < total) await page.waitForTimeout(100);
      clearInterval(posting);
      const hot = await profile.stop('soak');
      const homeCount = await settledCount(page, home, total);
      const columnCount = await settledCount(page, column, total);
      const after = await measurePageSize(page);
      // Lost: what the buttons do not count, and, in a column whose gap does not bring back the first post, every post the cap let go.
      const behindGap = Math.max(0, total - WAITING_CAP);
      const homeGap = await gapBringsBackFirst(home, total);
      const columnGap = await gapBringsBackFirst(column, total);
      const lost = total - homeCount + (total - columnCount) + (homeGap ? 0 : behindGap) + (columnGap ? 0 : behindGap);
      const said = (ok: boolean) => (ok ? 'brought back the first post sent' : 'did NOT bring back the first post sent');
      const counts = `Home says ${homeCount.toLocaleString('en')} new posts and the column ${columnCount.toLocaleString('en')}, of ${total.toLocaleString('en')} each (the buttons' counts)`;
      const gaps = `the newest ${WAITING_CAP} of each wait in memory, the rest on the server behind a gap: loading it once ${said(homeGap)} in Home and ${said(columnGap)} in the column`;
      return [
        { name: `streaming soak, ${PER_SECOND}/s for ${options.soakSeconds} s into Home and #${TAG}: events lost`, value: lost, unit: '', detail: behindGap > 0 ? `${counts}; ${gaps}` : counts, budget: { max: 0, text: 'none' } },
        { name: 'streaming soak: JS heap growth', value: after.heapMb - before.heapMb, unit: 'MB', detail: `after GC: ${before.heapMb.toFixed(1)} MB before, ${after.heapMb.toFixed(1)} MB after; ${before.elements} → ${after.elements} elements`, budget: { max: 10, text: '≤ 10 MB' } },
        { name: 'streaming soak: key press to paint in the composer, p95', value: spread(keyMs).p95, unit: 'ms', detail: describeSpread(keyMs, 'ms'), budget: { max: 50, text: '≤ 50 ms' }, hot },
      ];
    } finally {
      clearInterval(posting);
      await atrium.close();
      await sandbox.close();
    }
  },
};
