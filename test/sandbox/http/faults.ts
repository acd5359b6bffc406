import { createPrng, type Prng } from '../core/prng';

/** Rate-limit settings: `max` requests per `windowMs` per token (or per IP when anonymous). */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** How a forced 429 says when to come back: `Retry-After` seconds, or only Mastodon's `X-RateLimit-Reset` time. */
export type RetryHeader = 'retry-after' | 'reset';

/** A broken answer: JSON cut off half-way, or well-formed JSON whose objects keep nothing but their `id`. */
export type MalformedKind = 'broken_json' | 'wrong_shape';

/**
 * Misbehaviour switches and the rate limiter. The 5xx share uses a seeded PRNG so a
 * failing test fails the same way every run.
 */
export class Faults {
  latencyMs = 0;
  failRatio = 0;
  forced429: { retryAfterSec: number; remaining: number; header: RetryHeader } | null = null;
  /** The next requests that fail with this server error, in order (deterministic, unlike `failRatio`). */
  failNext: { status: number; remaining: number } | null = null;
  /** How many of the next uploads fail their (asynchronous) processing. */
  failMediaProcessing = 0;
  /** Answers to drop, by route (`POST /api/v1/statuses`): the request is handled, then the connection is cut. */
  private readonly drops = new Map<string, number>();
  /** Answers to break, by route: handled as usual, then the body sent is malformed. */
  private readonly malformed = new Map<string, { kind: MalformedKind; remaining: number }>();
  private prng: Prng;
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly seed: number,
    readonly initialLatencyMs: number,
    public rateLimit: RateLimit | false,
  ) {
    this.prng = createPrng(seed ^ 0x5eed);
    this.latencyMs = initialLatencyMs;
  }

  /** Should this request fail with a 5xx? */
  shouldFail(): boolean {
    return this.failRatio > 0 && this.prng.next() < this.failRatio;
  }

  /** Takes one forced 429, if any are left. */
  takeForced429(): { retryAfterSec: number; header: RetryHeader } | null {
    if (!this.forced429 || this.forced429.remaining <= 0) return null;
    this.forced429.remaining -= 1;
    const { retryAfterSec, header } = this.forced429;
    if (this.forced429.remaining <= 0) this.forced429 = null;
    return { retryAfterSec, header };
  }

  /** Takes one forced server error, if any are left: its status code. */
  takeFailure(): number | null {
    if (!this.failNext) return null;
    const { status } = this.failNext;
    this.failNext.remaining -= 1;
    if (this.failNext.remaining <= 0) this.failNext = null;
    return status;
  }

  /** Breaks the answers of the next `count` requests to `route` (`GET /api/v1/timelines/public`). */
  malformNextAnswer(route: string, kind: MalformedKind, count = 1): void {
    this.malformed.set(route, { kind, remaining: count });
  }

  /** Takes one malformed answer for this route: how to break it, or null. */
  takeMalformed(route: string): MalformedKind | null {
    const next = this.malformed.get(route);
    if (!next) return null;
    next.remaining -= 1;
    if (next.remaining <= 0) this.malformed.delete(route);
    return next.kind;
  }

  /** Drops the answers of the next `count` requests to `route` (`METHOD /path/:param`, as routes are registered). */
  dropNextAnswer(route: string, count = 1): void {
    this.drops.set(route, (this.drops.get(route) ?? 0) + count);
  }

  /** Takes one dropped answer for this route, if any are left. */
  takeDrop(route: string): boolean {
    const left = this.drops.get(route) ?? 0;
    if (left <= 0) return false;
    if (left === 1) this.drops.delete(route);
    else this.drops.set(route, left - 1);
    return true;
  }

  /** Counts a request for `key`; tells the headers to send and whether it is over the limit. */
  count(key: string, nowMs: number): { limit: number; remaining: number; resetMs: number; over: boolean } | null {
    if (!this.rateLimit) return null;
    const { max, windowMs } = this.rateLimit;
    const start = Math.floor(nowMs / windowMs) * windowMs;
    let window = this.windows.get(key);
    if (!window || window.start !== start) this.windows.set(key, (window = { start, count: 0 }));
    window.count += 1;
    return { limit: max, remaining: Math.max(0, max - window.count), resetMs: start + windowMs, over: window.count > max };
  }

  /** Back to good behaviour (latency back to its configured value), counters cleared. */
  reset(): void {
    this.latencyMs = this.initialLatencyMs;
    this.failRatio = 0;
    this.forced429 = null;
    this.failNext = null;
    this.drops.clear();
    this.malformed.clear();
    this.failMediaProcessing = 0;
    this.windows.clear();
    this.prng = createPrng(this.seed ^ 0x5eed);
  }
}
