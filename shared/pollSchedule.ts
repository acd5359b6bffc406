// Checking for news when a stream is not available: the pace, the back-off when nothing happens, and the stop
// once the stream is back. Pure apart from the timers it is given, so main and the renderer share it.

import { defaultPollPace, type PollPace } from './pollPace';

export { defaultPollPace, type PollPace } from './pollPace';

/** The wait before the next check, after a check that found news (back to the base pace) or nothing (twice as long). */
export function nextPollDelay(currentMs: number, foundNews: boolean, pace: PollPace = defaultPollPace): number {
  return foundNews ? pace.baseMs : Math.min(pace.maxMs, Math.max(pace.baseMs, currentMs * 2));
}

/** The timers a poller runs on (the platform's by default; fake ones in tests). */
export interface PollTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

// shared/ is typed for neither Node nor the DOM; both have these two timers on the global object.
const platformTimers = globalThis as unknown as PollTimers;

/**
 * Runs `check` now and then while started. `check` resolves true when it found news; a failed check counts as
 * none. `onPace` hears the current wait (in ms) whenever it changes, and null once stopped.
 */
export class Poller {
  private delayMs: number | null = null;
  private timer: unknown;
  private generation = 0;

  constructor(
    private readonly check: () => Promise<boolean>,
    private readonly onPace: (delayMs: number | null) => void = () => undefined,
    private readonly pace: PollPace = defaultPollPace,
    private readonly timers: PollTimers = platformTimers,
  ) {}

  /** The wait between checks now, or null when not polling. */
  get intervalMs(): number | null {
    return this.delayMs;
  }

  /** Starts checking (the first check after one base wait); does nothing when already started. */
  start(): void {
    if (this.delayMs !== null) return;
    this.generation += 1;
    this.schedule(this.pace.baseMs, this.generation);
  }

  /** Stops checking (the stream is back, or nobody listens any more). */
  stop(): void {
    if (this.delayMs === null) return;
    this.generation += 1;
    this.timers.clearTimeout(this.timer);
    this.delayMs = null;
    this.onPace(null);
  }

  private schedule(delayMs: number, generation: number): void {
    if (delayMs !== this.delayMs) {
      this.delayMs = delayMs;
      this.onPace(delayMs);
    }
    this.timer = this.timers.setTimeout(() => void this.run(generation), delayMs);
  }

  private async run(generation: number): Promise<void> {
    const foundNews = await this.check().catch(() => false);
    // Stopped (or stopped and started again) while the check ran: that run schedules nothing more.
    if (generation !== this.generation || this.delayMs === null) return;
    this.schedule(nextPollDelay(this.delayMs, foundNews, this.pace), generation);
  }
}
