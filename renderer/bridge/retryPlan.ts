/** Why a request waits before it is sent again. */
export type WaitReason = 'server_error' | 'rate_limited';

/** What to do after a failed call: wait this long, then send it again. */
export interface RetryStep {
  reason: WaitReason;
  waitMs: number;
}

/** Server errors are asked again after 1 s, 2 s, then 4 s; after that the person is told, with a Try again. */
export const SERVER_ERROR_WAITS_MS: readonly number[] = [1_000, 2_000, 4_000];
/** How often a read refused with 429 waits as the server said and is sent again before the person is told. */
export const RATE_LIMIT_RETRIES = 2;
/** A 429 that says nothing about when to come back waits this long (Mastodon's limits reset within minutes). */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 30_000;

/** A failure as the bridge reports it: its code, and the seconds the server asked to wait (429). */
export interface FailedCall {
  code: string;
  retryAfter?: number;
}

/**
 * Whether and when to send a failed read again, given how many retries it already had (0 after the
 * first failure): after a 5xx with growing pauses, after a 429 as long as the server said. Writes are
 * left to the feature that made them: after a 5xx the server may have done it, and a feature sending
 * many (following a whole team) paces itself after a 429. Anything else (refusals, broken answers, no
 * network) is said at once: repeating would not help, and the offline mark and the stream's reconnection
 * take care of a network that comes back.
 */
export function retryPlan(failure: FailedCall, retries: number, isRead: boolean): RetryStep | null {
  if (!isRead) return null;
  if (failure.code === 'server_error') {
    const waitMs = SERVER_ERROR_WAITS_MS[retries];
    return waitMs === undefined ? null : { reason: 'server_error', waitMs };
  }
  if (failure.code === 'rate_limited' && retries < RATE_LIMIT_RETRIES) {
    const seconds = failure.retryAfter;
    return { reason: 'rate_limited', waitMs: seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_RATE_LIMIT_WAIT_MS };
  }
  return null;
}

/** masto methods that only read: sending one twice changes nothing on the server. */
const readMethods = new Set(['list', 'fetch', 'lookup', 'verifyCredentials']);

/** True when a recorded call (`['v1', 'timelines', 'home', 'list']`) only reads. */
export const isReadCall = (method: unknown): boolean => typeof method === 'string' && readMethods.has(method);
