import { describe, expect, it } from 'vitest';
import { nextPollDelay, Poller, type PollTimers } from '../../../shared/pollSchedule';

/** Timers the test moves by hand: each `tick` runs the one pending check. */
function manualTimers() {
  let pending: { run: () => void; ms: number } | null = null;
  const timers: PollTimers = {
    setTimeout: (run, ms) => (pending = { run, ms }),
    clearTimeout: () => (pending = null),
  };
  return {
    timers,
    get waitMs() {
      return pending?.ms ?? null;
    },
    async tick() {
      const due = pending;
      pending = null;
      due?.run();
      // Let the check's promise settle and the next one be scheduled.
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    },
  };
}

const pace = { baseMs: 30_000, maxMs: 240_000 };

describe('the poll schedule', () => {
  it('keeps the base pace while there is news and doubles the wait while there is none, up to the cap', () => {
    expect(nextPollDelay(30_000, true, pace)).toBe(30_000);
    expect(nextPollDelay(30_000, false, pace)).toBe(60_000);
    expect(nextPollDelay(120_000, false, pace)).toBe(240_000);
    expect(nextPollDelay(240_000, false, pace)).toBe(240_000);
    expect(nextPollDelay(240_000, true, pace)).toBe(30_000);
  });

  it('checks at the base pace, backs off when idle, speeds up on news and stops on recovery', async () => {
    const clock = manualTimers();
    const answers = [false, false, true, false];
    const paces: Array<number | null> = [];
    let checks = 0;
    const poller = new Poller(
      async () => {
        checks += 1;
        return answers.shift() ?? false;
      },
      (ms) => paces.push(ms),
      pace,
      clock.timers,
    );
    poller.start();
    poller.start();
    expect(clock.waitMs).toBe(30_000);
    await clock.tick();
    expect(clock.waitMs).toBe(60_000);
    await clock.tick();
    expect(clock.waitMs).toBe(120_000);
    await clock.tick();
    expect(clock.waitMs).toBe(30_000);
    // The stream is back: no further check is scheduled, and the pace reads "not polling".
    poller.stop();
    expect(clock.waitMs).toBeNull();
    expect(poller.intervalMs).toBeNull();
    expect(checks).toBe(3);
    expect(paces).toEqual([30_000, 60_000, 120_000, 30_000, null]);
  });

  it('counts a failed check as no news and schedules nothing after a stop that came mid-check', async () => {
    const clock = manualTimers();
    let release: (found: boolean) => void = () => undefined;
    const poller = new Poller(() => new Promise<boolean>((resolve) => (release = resolve)), undefined, pace, clock.timers);
    poller.start();
    await clock.tick();
    poller.stop();
    release(true);
    await Promise.resolve();
    expect(clock.waitMs).toBeNull();

    const failing = new Poller(() => Promise.reject(new Error('offline')), undefined, pace, clock.timers);
    failing.start();
    await clock.tick();
    expect(clock.waitMs).toBe(60_000);
    failing.stop();
  });
});
