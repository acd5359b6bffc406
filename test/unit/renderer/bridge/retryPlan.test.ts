import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT_WAIT_MS, isReadCall, retryPlan } from '../../../../renderer/bridge/retryPlan';

describe('when a failed call is sent again', () => {
  it('asks a read again after a server error with growing pauses, then gives up', () => {
    const waits = [0, 1, 2, 3].map((retries) => retryPlan({ code: 'server_error' }, retries, true)?.waitMs ?? null);
    expect(waits).toEqual([1_000, 2_000, 4_000, null]);
  });

  it('never sends a write again after a server error: the server may have done it', () => {
    expect(retryPlan({ code: 'server_error' }, 0, false)).toBeNull();
  });

  it('waits as long as a 429 says before reading again, twice at most, and leaves writes to their feature', () => {
    expect(retryPlan({ code: 'rate_limited', retryAfter: 42 }, 0, true)).toEqual({ reason: 'rate_limited', waitMs: 42_000 });
    expect(retryPlan({ code: 'rate_limited', retryAfter: 42 }, 0, false)).toBeNull();
    expect(retryPlan({ code: 'rate_limited', retryAfter: 3 }, 1, true)).toEqual({ reason: 'rate_limited', waitMs: 3_000 });
    expect(retryPlan({ code: 'rate_limited', retryAfter: 3 }, 2, true)).toBeNull();
  });

  it('waits a default time when the 429 did not say, or said nonsense', () => {
    expect(retryPlan({ code: 'rate_limited' }, 0, true)?.waitMs).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
    expect(retryPlan({ code: 'rate_limited', retryAfter: Number.NaN }, 0, true)?.waitMs).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
    expect(retryPlan({ code: 'rate_limited', retryAfter: -5 }, 0, true)?.waitMs).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
  });

  it('says other failures at once: refusals, broken answers, no network', () => {
    for (const code of ['rejected', 'not_found', 'unauthorized', 'bad_response', 'network', 'timeout']) expect(retryPlan({ code }, 0, true)).toBeNull();
  });

  it('knows reads by their masto method', () => {
    expect(['list', 'fetch', 'lookup', 'verifyCredentials'].every(isReadCall)).toBe(true);
    expect(['create', 'favourite', 'remove', 'update', undefined].some(isReadCall)).toBe(false);
  });
});
