// The pace alone, apart from the poller, so a view can name it without carrying the poller's code.

/** How often to check: at first and after news every `baseMs`, doubling while nothing new comes, up to `maxMs`. */
export interface PollPace {
  baseMs: number;
  maxMs: number;
}

/** Every 30 seconds, slowing to every 5 minutes when nothing happens: gentle on the server, quick enough for people. */
export const defaultPollPace: PollPace = { baseMs: 30_000, maxMs: 300_000 };
