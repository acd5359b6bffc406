import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

const MINUTE = 60_000;

describe('scheduled statuses', () => {
  const t = useSandbox();
  const inMinutes = (m: number) => new Date(t.sandbox.clock.now().getTime() + m * MINUTE).toISOString();

  it('refuses less than five minutes ahead', async () => {
    await expect(t.client().v1.statuses.create({ status: 'too soon', scheduledAt: inMinutes(4) })).rejects.toMatchObject({ statusCode: 422 });
  });

  it('lists, gets, reschedules and cancels', async () => {
    const masto = t.client();
    const scheduled = await masto.v1.statuses.create({ status: 'later', scheduledAt: inMinutes(30) });
    expect(scheduled.params.text).toBe('later');
    expect((await masto.v1.scheduledStatuses.list()).map((s) => s.id)).toContain(scheduled.id);
    expect((await masto.v1.scheduledStatuses.$select(scheduled.id).fetch()).id).toBe(scheduled.id);
    const target = inMinutes(60);
    const moved = await masto.v1.scheduledStatuses.$select(scheduled.id).update({ scheduledAt: target });
    expect(moved.scheduledAt).toBe(target);
    await expect(masto.v1.scheduledStatuses.$select(scheduled.id).update({ scheduledAt: inMinutes(1) })).rejects.toMatchObject({ statusCode: 422 });
    await masto.v1.scheduledStatuses.$select(scheduled.id).remove();
    await expect(masto.v1.scheduledStatuses.$select(scheduled.id).fetch()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('publishes when the sandbox clock passes the time', async () => {
    const masto = t.client();
    const scheduled = await masto.v1.statuses.create({ status: 'from the future #release', scheduledAt: inMinutes(10) });
    t.sandbox.clock.advance(9 * MINUTE);
    expect((await masto.v1.scheduledStatuses.list()).map((s) => s.id)).toContain(scheduled.id);
    t.sandbox.clock.advance(2 * MINUTE);
    expect((await masto.v1.scheduledStatuses.list()).map((s) => s.id)).not.toContain(scheduled.id);
    const me = await masto.v1.accounts.verifyCredentials();
    const [latest] = await masto.v1.accounts.$select(me.id).statuses.list({ limit: 1 });
    expect(latest?.content).toContain('from the future');
  });

  it('allows 25 per day and 300 in total', async () => {
    const masto = t.client('news');
    const day = new Date(t.sandbox.clock.now().getTime() + 3 * 86_400_000);
    day.setUTCHours(1, 0, 0, 0);
    for (let i = 0; i < 25; i++) await masto.v1.statuses.create({ status: `daily ${i}`, scheduledAt: new Date(day.getTime() + i * MINUTE).toISOString() });
    await expect(masto.v1.statuses.create({ status: 'one too many', scheduledAt: new Date(day.getTime() + 30 * MINUTE).toISOString() })).rejects.toMatchObject({ statusCode: 422, message: expect.stringContaining('25') });
    let events = t.client('events');
    for (let i = 0; i < 300; i++) {
      // A fresh token every 200 requests: the per-token rate limit (300 per 5 minutes) is real.
      if (i % 200 === 199) events = t.client('events');
      const at = new Date(t.sandbox.clock.now().getTime() + (2 + Math.floor(i / 20)) * 86_400_000 + (i % 20) * MINUTE);
      await events.v1.statuses.create({ status: `bulk ${i}`, scheduledAt: at.toISOString() });
    }
    await expect(events.v1.statuses.create({ status: 'over', scheduledAt: inMinutes(60 * 24 * 40) })).rejects.toMatchObject({ statusCode: 422, message: expect.stringContaining('300') });
  });
});
