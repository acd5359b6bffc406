import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../sandbox/index';
import { startBenchAtrium } from '../benchAtrium';
import { startPageProfile } from '../pageProfile';
import { describeSpread, repeat, spread, type Benchmark } from '../harness';
import { staffHandles, tokenAccounts } from '../tokenAccounts';

const HOUR = 3_600_000;
const MARK = 'Desk bench';

/** Schedules `perAccount` posts for each account through the API, spread over the next seven days. */
async function fillQueues(sandbox: Sandbox, handles: readonly string[], perAccount: number): Promise<void> {
  const soon = Date.now() + HOUR;
  await Promise.all(
    handles.map(async (handle, a) => {
      const token = sandbox.issueToken(handle);
      for (let i = 0; i < perAccount; i++) {
        const at = soon + (i % 7) * 24 * HOUR + Math.floor(i / 7) * 0.5 * HOUR + a * 3 * 60_000;
        const answer = await fetch(new URL('/api/v1/statuses', sandbox.url), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ status: `${MARK} ${handle} ${i}: the week's notes`, scheduled_at: new Date(at).toISOString() }),
        });
        if (!answer.ok) throw new Error(`Scheduling for ${handle} failed: ${answer.status} ${await answer.text()}`);
      }
    }),
  );
}

/** Records every frame's duration in the page until `stop` is called. */
async function recordFrames(page: Page): Promise<() => Promise<number[]>> {
  // A string, not a function: the bundler would wrap a named function in a helper the page does not have.
  await page.evaluate(`{
    const state = { frames: [], running: true, last: 0 };
    window.benchFrames = state;
    requestAnimationFrame(function tick(now) {
      if (state.last) state.frames.push(now - state.last);
      state.last = now;
      if (state.running) requestAnimationFrame(tick);
    });
  }`);
  return () =>
    page.evaluate(() => {
      const state = (window as unknown as { benchFrames: { frames: number[]; running: boolean } }).benchFrames;
      state.running = false;
      return state.frames;
    });
}

/**
 * The scheduling desk with 300 posts queued over 5 accounts: opening it until every post is listed,
 * and the frames while one post is dragged to another day in the week view.
 */
export const deskBenchmark: Benchmark = {
  id: 'desk',
  run: async (options) => {
    const sandbox = await startSandbox({ staff: 40, posts: 200, seed: 7, rateLimit: false });
    const handles = await staffHandles(sandbox, 5);
    const perAccount = options.small ? 6 : 60;
    const total = perAccount * handles.length;
    await fillQueues(sandbox, handles, perAccount);
    const atrium = await startBenchAtrium(await tokenAccounts(sandbox, handles), { viewport: { width: 1600, height: 900 } });
    try {
      const { page } = atrium;
      const nav = page.getByRole('navigation');
      await page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor({ timeout: 60_000 });
      const listed = (expected: number) =>
        page.waitForFunction(([mark, count]) => (document.querySelector('main')?.textContent?.split(mark as string).length ?? 1) - 1 >= (count as number), [MARK, expected] as const, { polling: 'raf', timeout: 60_000 });
      const profile = await startPageProfile(page);
      const opens = await repeat(options, async () => {
        await nav.getByRole('button', { name: 'Home' }).click();
        await page.getByRole('feed', { name: 'Home' }).waitFor();
        const start = performance.now();
        await nav.getByRole('button', { name: 'Scheduled' }).click();
        await listed(total);
        return performance.now() - start;
      });

      const hot = await profile.stop('desk-open');
      await page.getByRole('main').getByRole('button', { name: 'Week', exact: true }).click();
      // The first day with a post that has a day after it in the week on screen.
      const days = page.getByRole('main').locator('section[aria-labelledby^="week-"]');
      const count = await days.count();
      let from = -1;
      for (let i = 0; i < count - 1 && from < 0; i++) if ((await days.nth(i).locator('[data-week-entry]').count()) > 0) from = i;
      if (from < 0) throw new Error('No day of this week on the desk has a post to drag.');
      const entry = days.nth(from).locator('[data-week-entry]').first();
      const key = await entry.getAttribute('data-week-entry');
      const stop = await recordFrames(page);
      // Dropped on the day's heading: a full day's list is taller than the window, and its middle is off screen.
      await entry.dragTo(days.nth(from + 1).getByRole('heading'));
      await days.nth(from + 1).locator(`[data-week-entry="${key}"]`).waitFor({ timeout: 30_000 });
      const frames = await stop();
      return [
        { name: `desk with ${total} scheduled posts over 5 accounts: open until all are listed`, value: spread(opens).median, unit: 'ms', detail: describeSpread(opens, 'ms'), budget: { max: 500, text: '≤ 500 ms' }, hot },
        { name: 'desk: drag a post to another day, p95 frame', value: spread(frames).p95, unit: 'ms', detail: `${describeSpread(frames, 'ms')} from the press to the post shown on its new day`, budget: { max: 33, text: '≤ 33 ms' } },
      ];
    } finally {
      await atrium.close();
      await sandbox.close();
    }
  },
};
