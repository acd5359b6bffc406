import type { mastodon } from 'masto';
import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

describe('scheduled posts from the composer', () => {
  const t = useSandbox();
  const inAnHour = () => new Date(t.sandbox.clock.now().getTime() + 3_600_000).toISOString();

  it('answers a retried schedule with the same Idempotency-Key with the first scheduled post', async () => {
    const token = t.sandbox.issueToken('comms');
    const send = () =>
      t.fetch('/api/v1/statuses', {
        method: 'POST',
        token,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'schedule-once' },
        body: JSON.stringify({ status: 'Weekly digest', scheduled_at: inAnHour() }),
      });
    const first = (await (await send()).json()) as { id: string; params: { idempotency: string | null } };
    const second = (await (await send()).json()) as { id: string };
    expect(second.id).toBe(first.id);
    expect(first.params.idempotency).toBe('schedule-once');
    const all = await t.client('comms').v1.scheduledStatuses.list({ limit: 40 });
    expect(all.filter((s) => s.params.text === 'Weekly digest')).toHaveLength(1);
  });

  it('keeps a quote for later, refuses one that may not be made, and posts the quote when the time comes', async () => {
    const masto = t.client('news');
    const original = await t.client('comms').v1.statuses.create({ status: 'Open day on Saturday' });
    const closed = await t.client('comms').v1.statuses.create({ status: 'Not quotable', quoteApprovalPolicy: 'nobody' });
    await expect(masto.v1.statuses.create({ status: 'x', quotedStatusId: closed.id, scheduledAt: inAnHour() })).rejects.toMatchObject({ statusCode: 404 });

    const scheduled = (await masto.v1.statuses.create({ status: 'Come along!', quotedStatusId: original.id, quoteApprovalPolicy: 'followers', scheduledAt: inAnHour() })) as unknown as mastodon.v1.ScheduledStatus;
    expect(scheduled.params).toMatchObject({ quotedStatusId: original.id, quoteApprovalPolicy: 'followers' });
    t.sandbox.clock.advance(2 * 3_600_000);
    const [posted] = await masto.v1.accounts.$select((await masto.v1.accounts.verifyCredentials()).id).statuses.list({ limit: 1 });
    expect(posted?.content).toContain('Come along!');
    expect((posted as { quote?: { state: string } }).quote?.state).toBe('accepted');
    expect(posted?.quoteApproval.automatic).toEqual(['followers']);
  });
});
