import { createRestAPIClient } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './index';
import { useSandbox } from './testing/harness';

describe('resolving a post or person from another sandbox (another account’s server)', () => {
  const t = useSandbox();
  let other: Sandbox;
  beforeAll(async () => {
    other = await startSandbox({ staff: 10, posts: 20, seed: 11, rateLimit: false });
  });
  afterAll(() => other.close());
  const onOther = () => createRestAPIClient({ url: other.url, accessToken: other.issueToken(other.demoUser.username) });

  it('finds a post by its URL, keeps it under an id of its own, and a reply there answers that copy', async () => {
    const original = await t.client('comms').v1.statuses.create({ status: 'Open day on Saturday #openday' });
    const host = new URL(t.sandbox.url).host;
    const found = await onOther().v2.search.list({ q: original.url ?? '', resolve: true, type: 'statuses' });
    const copy = found.statuses[0];
    expect(copy).toMatchObject({ url: original.url, uri: original.uri, account: { acct: `comms@${host}`, url: `${t.sandbox.url}/@comms` } });
    expect(copy?.content).toContain('Open day on Saturday');
    // Asked again, the same copy: nothing is fetched twice.
    expect((await onOther().v2.search.list({ q: original.url ?? '', resolve: true })).statuses.map((s) => s.id)).toEqual([copy?.id]);

    const reply = await onOther().v1.statuses.create({ status: `@comms@${host} See you there`, inReplyToId: copy?.id ?? '' });
    expect(reply.inReplyToId).toBe(copy?.id);
    // The handle names the other server's account, not the local one of the same name.
    expect(reply.mentions.map((m) => m.acct)).toEqual([`comms@${host}`]);
    expect(copy?.id).not.toBe(original.id);
  });

  it('finds an account by its full handle on the other server', async () => {
    const host = new URL(t.sandbox.url).host;
    const found = await onOther().v2.search.list({ q: `@events@${host}`, resolve: true, type: 'accounts' });
    expect(found.accounts.map((a) => [a.acct, a.url])).toEqual([[`events@${host}`, `${t.sandbox.url}/@events`]]);
  });

  it('finds nothing it may not see, and nothing when the other server is down', async () => {
    const hidden = await t.client('comms').v1.statuses.create({ status: 'Followers only', visibility: 'private' });
    expect((await onOther().v2.search.list({ q: hidden.url ?? '', resolve: true })).statuses).toEqual([]);
    const shown = await t.client('comms').v1.statuses.create({ status: 'Public, but the server is away' });
    await t.sandbox.misbehave.down();
    try {
      expect((await onOther().v2.search.list({ q: shown.url ?? '', resolve: true })).statuses).toEqual([]);
    } finally {
      await t.sandbox.misbehave.up();
    }
  });
});
