import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT_WAIT_MS, MAX_RATE_LIMIT_WAIT_MS, rateLimitWaitMs } from '../../../../main/api/rateLimitWait';

const now = Date.parse('2026-11-29T12:00:00Z');
const headers = (values: Record<string, string>) => new Headers(values);

describe('how long to wait after a 429', () => {
  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(rateLimitWaitMs(headers({ 'Retry-After': '7' }), now)).toBe(7_000);
    expect(rateLimitWaitMs(headers({ 'Retry-After': 'Sun, 29 Nov 2026 12:00:42 GMT' }), now)).toBe(42_000);
  });

  it("falls back to Mastodon's X-RateLimit-Reset, and prefers Retry-After when both are there", () => {
    expect(rateLimitWaitMs(headers({ 'X-RateLimit-Reset': '2026-11-29T12:05:00.000Z' }), now)).toBe(300_000);
    expect(rateLimitWaitMs(headers({ 'Retry-After': '3', 'X-RateLimit-Reset': '2026-11-29T12:05:00.000Z' }), now)).toBe(3_000);
  });

  it('never waits a negative time, forever, or on gibberish', () => {
    expect(rateLimitWaitMs(headers({ 'X-RateLimit-Reset': '2026-11-29T11:00:00Z' }), now)).toBe(0);
    expect(rateLimitWaitMs(headers({ 'Retry-After': '999999' }), now)).toBe(MAX_RATE_LIMIT_WAIT_MS);
    expect(rateLimitWaitMs(headers({ 'Retry-After': 'soon' }), now)).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
    expect(rateLimitWaitMs(headers({}), now)).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
  });
});
