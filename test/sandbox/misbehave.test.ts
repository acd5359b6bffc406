import { describe, expect, it, vi } from 'vitest';
import { startSandbox } from './index';
import { useSandbox } from './testing/harness';

describe('misbehaviour and rate limits', () => {
  const t = useSandbox();

  it('adds latency', async () => {
    t.sandbox.misbehave.latencyMs(150);
    const started = performance.now();
    await t.fetch('/api/v1/instance');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    t.sandbox.misbehave.reset();
  });

  it('fails a share of requests with 5xx and a Mastodon error body', async () => {
    t.sandbox.misbehave.failRatio(0.5);
    const statuses = await Promise.all(Array.from({ length: 40 }, async () => (await t.fetch('/api/v1/instance/rules')).status));
    t.sandbox.misbehave.reset();
    const failed = statuses.filter((s) => s >= 500).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
  });

  it('forces 429 with Retry-After for a number of requests', async () => {
    t.sandbox.misbehave.force429(7, 2);
    const a = await t.fetch('/api/v1/instance');
    const b = await t.fetch('/api/v1/instance');
    const c = await t.fetch('/api/v1/instance');
    expect([a.status, b.status, c.status]).toEqual([429, 429, 200]);
    expect(a.headers.get('retry-after')).toBe('7');
    expect(await a.json()).toEqual({ error: 'Too many requests' });
  });

  it('revokes a token', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    expect((await t.fetch('/api/v1/accounts/verify_credentials', { token })).status).toBe(200);
    t.sandbox.misbehave.revokeToken(token);
    expect(t.sandbox.isTokenValid(token)).toBe(false);
    expect((await t.fetch('/api/v1/accounts/verify_credentials', { token })).status).toBe(401);
  });

  it('goes down (connection refused) and comes back on the same URL', async () => {
    await t.sandbox.misbehave.down();
    await expect(fetch(`${t.sandbox.url}/api/v1/instance`)).rejects.toThrow();
    await t.sandbox.misbehave.up();
    expect((await fetch(`${t.sandbox.url}/api/v1/instance`)).status).toBe(200);
  });

  it('is driven over the /__sandbox admin endpoint too', async () => {
    const post = (path: string, body: object) => fetch(`${t.sandbox.url}/__sandbox/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const before = t.sandbox.clock.now().getTime();
    await post('clock/advance', { ms: 60_000 });
    expect(t.sandbox.clock.now().getTime() - before).toBeGreaterThanOrEqual(60_000);
    await post('misbehave', { force_429_retry_after: 3, force_429_count: 1 });
    expect((await t.fetch('/api/v1/instance')).status).toBe(429);
    const { access_token } = (await (await post('token', { username: 'comms' })).json()) as { access_token: string };
    expect((await t.fetch('/api/v1/accounts/verify_credentials', { token: access_token })).status).toBe(200);
    await post('misbehave', { revoke_token: access_token });
    expect(t.sandbox.isTokenValid(access_token)).toBe(false);
    const info = (await (await fetch(`${t.sandbox.url}/__sandbox/info`)).json()) as { url: string };
    expect(info.url).toBe(t.sandbox.url);
    // Down soon after answering, back after down_ms: waited for as conditions, since a busy machine is slow.
    await post('misbehave', { down_ms: 300 });
    const reachable = () => fetch(`${t.sandbox.url}/api/v1/instance`).then(() => true, () => false);
    await vi.waitFor(async () => expect(await reachable()).toBe(false), { timeout: 20_000, interval: 5 });
    await vi.waitFor(async () => expect(await reachable()).toBe(true), { timeout: 20_000, interval: 20 });
    expect((await fetch(`${t.sandbox.url}/api/v1/instance`)).status).toBe(200);
  });

  it('handles a request but drops its answer, for the given route only, as often as asked', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    const before = (await (await t.fetch('/api/v1/timelines/home?limit=1', { token })).json()) as { id: string }[];
    await fetch(`${t.sandbox.url}/__sandbox/misbehave`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ drop_next_answer: 'POST /api/v1/statuses', drop_next_answer_count: 1 }),
    });
    // Another route is not affected.
    expect((await t.fetch('/api/v1/instance')).status).toBe(200);
    const send = () => t.fetch('/api/v1/statuses', { token, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'Dropped answer' }) });
    await expect(send()).rejects.toThrow();
    const after = (await (await t.fetch('/api/v1/timelines/home?limit=1', { token })).json()) as { id: string; content: string }[];
    expect(after[0]?.id).not.toBe(before[0]?.id);
    expect(after[0]?.content).toContain('Dropped answer');
    expect((await send()).status).toBe(200);
  });

  it('answers 429 past the per-token budget, with headers counting down', async () => {
    const small = await startSandbox({ staff: 5, posts: 10, rateLimit: { max: 3, windowMs: 60_000 } });
    try {
      const token = small.issueToken(small.demoUser.username);
      const hit = () => fetch(`${small.url}/api/v1/accounts/verify_credentials`, { headers: { Authorization: `Bearer ${token}` } });
      const remaining: Array<string | null> = [];
      for (let i = 0; i < 3; i++) remaining.push((await hit()).headers.get('x-ratelimit-remaining'));
      expect(remaining).toEqual(['2', '1', '0']);
      const over = await hit();
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      small.clock.advance(60_000);
      expect((await hit()).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});
