/** The longest Atrium waits on a server's word before trying again (a bogus reset far ahead must not stall it). */
export const MAX_RATE_LIMIT_WAIT_MS = 15 * 60_000;
/** What Atrium waits when a 429 says nothing about when to come back. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 30_000;

/** Anything with `get(name)`, such as fetch's `Headers`. */
export interface HeaderSource {
  get(name: string): string | null;
}

/**
 * How long to wait after a 429 before asking again, in milliseconds. `Retry-After` wins (seconds,
 * or an HTTP date); otherwise Mastodon's `X-RateLimit-Reset` (an ISO 8601 time); otherwise a default.
 * Never negative, never longer than {@link MAX_RATE_LIMIT_WAIT_MS}.
 */
export function rateLimitWaitMs(headers: HeaderSource, nowMs: number): number {
  const wait = retryAfterMs(headers.get('retry-after'), nowMs) ?? untilMs(headers.get('x-ratelimit-reset'), nowMs) ?? DEFAULT_RATE_LIMIT_WAIT_MS;
  return Math.min(Math.max(0, wait), MAX_RATE_LIMIT_WAIT_MS);
}

function retryAfterMs(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  return untilMs(value, nowMs);
}

function untilMs(date: string | null, nowMs: number): number | null {
  if (date === null) return null;
  const at = Date.parse(date);
  return Number.isFinite(at) ? at - nowMs : null;
}
