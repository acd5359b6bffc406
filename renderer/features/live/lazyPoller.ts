/** The part of a poller a view drives: start when the stream is away, stop when it is back. */
export interface PollControl {
  start(): void;
  stop(): void;
}

/**
 * A poller (shared/pollSchedule) whose code loads the first time it is needed: most columns stay live and
 * never poll, so the first screen does not carry it.
 */
export function lazyPoller(check: () => Promise<boolean>, onPace: (delayMs: number | null) => void): PollControl {
  let poller: PollControl | null = null;
  let wanted = false;
  let loading = false;
  return {
    start() {
      wanted = true;
      if (poller) return poller.start();
      if (loading) return;
      loading = true;
      void import('../../../shared/pollSchedule').then(({ Poller }) => {
        poller = new Poller(check, onPace);
        if (wanted) poller.start();
      });
    },
    stop() {
      wanted = false;
      poller?.stop();
    },
  };
}
