import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

const MINUTE = 60_000;
const DAY = 86_400_000;

// What the scheduling desk relies on, beyond the basic rules in scheduled.test.ts; every answer is contract-checked.
describe('scheduled statuses as the desk uses them', () => {
  const t = useSandbox({ staff: 30, posts: 100, seed: 9, rateLimit: false });
  const at = (ms: number) => new Date(t.sandbox.clock.now().getTime() + ms).toISOString();

  it('pages the list with Link headers, so a long queue is read whole', async () => {
    const masto = t.client('events');
    const made = new Set<string>();
    for (let i = 0; i < 45; i++) made.add((await masto.v1.statuses.create({ status: `queued ${i}`, scheduledAt: at(2 * DAY + i * 60 * MINUTE) })).id);
    const seen: string[] = [];
    for await (const page of masto.v1.scheduledStatuses.list({ limit: 20 })) seen.push(...page.map((s) => s.id));
    expect(seen.filter((id) => made.has(id)).sort()).toEqual([...made].sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('moves a post within a full day, since it does not count against itself', async () => {
    const masto = t.client('news');
    const day = new Date(t.sandbox.clock.now().getTime() + 5 * DAY);
    day.setUTCHours(2, 0, 0, 0);
    const posts = [];
    for (let i = 0; i < 25; i++) posts.push(await masto.v1.statuses.create({ status: `day ${i}`, scheduledAt: new Date(day.getTime() + i * MINUTE).toISOString() }));
    const target = new Date(day.getTime() + 20 * 60 * MINUTE).toISOString();
    const moved = await masto.v1.scheduledStatuses.$select(posts[0]!.id).update({ scheduledAt: target });
    expect(moved.scheduledAt).toBe(target);
  });

  it('answers 404 for a post someone else already cancelled, and for another account’s post', async () => {
    const mine = t.client('comms');
    const colleague = t.client('comms');
    const post = await mine.v1.statuses.create({ status: 'cancelled by a colleague', scheduledAt: at(DAY) });
    await colleague.v1.scheduledStatuses.$select(post.id).remove();
    await expect(mine.v1.scheduledStatuses.$select(post.id).update({ scheduledAt: at(2 * DAY) })).rejects.toMatchObject({ statusCode: 404 });
    await expect(mine.v1.scheduledStatuses.$select(post.id).remove()).rejects.toMatchObject({ statusCode: 404 });
    const other = await t.client('events').v1.statuses.create({ status: 'not yours', scheduledAt: at(DAY) });
    await expect(mine.v1.scheduledStatuses.$select(other.id).fetch()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('keeps a content warning, poll and visibility, and publishes them as scheduled', async () => {
    const masto = t.client('comms');
    const post = await masto.v1.statuses.create({
      status: 'Which day suits the offsite?',
      spoilerText: 'Survey',
      visibility: 'unlisted',
      poll: { options: ['Thursday', 'Friday'], expiresIn: 86_400, multiple: false },
      scheduledAt: at(10 * MINUTE),
    });
    expect(post.params).toMatchObject({ spoilerText: 'Survey', visibility: 'unlisted', poll: { options: ['Thursday', 'Friday'] } });
    t.sandbox.clock.advance(11 * MINUTE);
    const me = await masto.v1.accounts.verifyCredentials();
    const [latest] = await masto.v1.accounts.$select(me.id).statuses.list({ limit: 1 });
    expect(latest).toMatchObject({ spoilerText: 'Survey', visibility: 'unlisted', poll: { options: [{ title: 'Thursday' }, { title: 'Friday' }] } });
  });
});
