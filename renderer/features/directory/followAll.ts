import type { FollowState } from './relationships';

/** How a "Follow all" is going. */
export interface FollowAllProgress {
  /** People handled so far (followed, skipped or failed). */
  done: number;
  total: number;
  followed: number;
  /** Already followed (or requested) before: not asked again. */
  skipped: number;
  failed: number;
  /** Seconds the server asked to wait before the next follow (429); null while not waiting. */
  waitingSeconds: number | null;
}

/** What {@link followAll} works with; the view passes the bridge, tests pass fakes. */
export interface FollowAllDeps {
  follow(id: string): Promise<FollowState>;
  /** True when the account is already followed or requested: it is skipped. */
  isFollowed(id: string): boolean;
  /** How long a failure asks to wait (a 429), in ms; null for any other failure. */
  rateLimitWaitMs(error: unknown): number | null;
  /** Resolves after `ms`, or as soon as `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  onProgress(progress: FollowAllProgress): void;
  onFollowed(id: string, state: FollowState): void;
  signal: AbortSignal;
  /** 429s in a row on one person before giving up on them. */
  maxWaits?: number;
}

/**
 * Follows each of `ids` one after another, skipping those already followed. When the server says
 * to slow down (429) it waits as long as asked, says so through `onProgress`, and tries the same
 * person again. Cancelling (the signal) stops before the next person; what was followed stays.
 */
export async function followAll(ids: readonly string[], deps: FollowAllDeps): Promise<FollowAllProgress & { cancelled: boolean }> {
  const progress: FollowAllProgress = { done: 0, total: ids.length, followed: 0, skipped: 0, failed: 0, waitingSeconds: null };
  const report = () => deps.onProgress({ ...progress });
  const maxWaits = deps.maxWaits ?? 5;
  report();
  for (const id of ids) {
    if (deps.signal.aborted) break;
    if (deps.isFollowed(id)) {
      progress.skipped += 1;
    } else {
      for (let waits = 0; ; waits += 1) {
        try {
          const state = await deps.follow(id);
          deps.onFollowed(id, state);
          progress.followed += 1;
          break;
        } catch (error) {
          const waitMs = deps.rateLimitWaitMs(error);
          if (waitMs === null || waits >= maxWaits) {
            progress.failed += 1;
            break;
          }
          progress.waitingSeconds = Math.ceil(waitMs / 1000);
          report();
          await deps.sleep(waitMs, deps.signal);
          progress.waitingSeconds = null;
          if (deps.signal.aborted) return { ...progress, cancelled: true };
        }
      }
    }
    progress.done += 1;
    report();
  }
  return { ...progress, cancelled: deps.signal.aborted };
}

/** A wait that ends early when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
