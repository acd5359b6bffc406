import { describe, expect, it, vi } from 'vitest';
import { useSandbox } from './testing/harness';
import { openStream } from './testing/stream';

describe('profile mastodon (today)', () => {
  const t = useSandbox({ staff: 30, posts: 120, seed: 5 });

  it('announces API version 7 and groups notifications on /api/v2/notifications', async () => {
    const instance = (await (await t.fetch('/api/v2/instance')).json()) as Record<string, unknown>;
    expect(instance['api_versions']).toEqual({ mastodon: 7 });
    const { demoUser } = t.sandbox;
    const { id } = await t.sandbox.postAs(demoUser.username, { status: 'Coffee at ten?' });
    for (const name of ['comms', 'ana', 'ben']) {
      try {
        await t.client(name).v1.statuses.$select(id).favourite();
      } catch {
        // A seeded name that does not exist is simply skipped.
      }
    }
    const answer = await t.fetch('/api/v2/notifications?types[]=favourite', { token: t.sandbox.issueToken(demoUser.username) });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { notification_groups: Array<{ group_key: string; notifications_count: number; status_id: string | null }>; statuses: Array<{ id: string }> };
    const group = body.notification_groups.find((g) => g.status_id === id);
    expect(group?.group_key).toBe(`favourite-${id}`);
    expect(group?.notifications_count).toBeGreaterThanOrEqual(1);
    expect(body.statuses.map((status) => status.id)).toContain(id);
  });
});

describe('profile mastodon-4.2', () => {
  const t = useSandbox({ staff: 30, posts: 120, seed: 5, profile: 'mastodon-4.2' });

  it('has no api_versions, grouped notifications, quotes or OAuth metadata', async () => {
    const instance = (await (await t.fetch('/api/v2/instance')).json()) as Record<string, unknown>;
    expect(instance['version']).toBe('4.2.13');
    expect(instance).not.toHaveProperty('api_versions');
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    expect((await t.fetch('/api/v2/notifications', { token })).status).toBe(404);
    expect((await t.fetch('/.well-known/oauth-authorization-server')).status).toBe(404);
    const quoted = await t.sandbox.postAs('comms', { status: 'Worth quoting' });
    const post = await t.client().v1.statuses.create({ status: 'Agreed', quotedStatusId: quoted.id } as never);
    expect(post.quote ?? null).toBeNull();
    // Nor does any post say whether it may be quoted: that is how a client sees a server without quotes.
    expect(post).not.toHaveProperty('quoteApproval');
  });
});

describe('profile gotosocial', () => {
  const t = useSandbox({ staff: 30, posts: 120, seed: 5, profile: 'gotosocial' });

  it('names itself, has no directory, no rate-limit headers and no OAuth metadata', async () => {
    const instance = (await (await t.fetch('/api/v2/instance')).json()) as Record<string, unknown>;
    expect(instance['source_url']).toBe('https://github.com/superseriousbusiness/gotosocial');
    expect(instance).not.toHaveProperty('api_versions');
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    const directory = await t.fetch('/api/v1/directory', { token });
    expect(directory.status).toBe(404);
    const home = await t.fetch('/api/v1/timelines/home', { token });
    expect(home.headers.get('x-ratelimit-limit')).toBeNull();
    expect((await t.fetch('/.well-known/oauth-authorization-server')).status).toBe(404);
  });

  it('ignores hashtag and user:notification subscriptions in silence and labels every event "user"', async () => {
    const { demoUser } = t.sandbox;
    const stream = await openStream(t.sandbox.url, t.sandbox.issueToken(demoUser.username));
    stream.send({ type: 'subscribe', stream: 'hashtag', tag: 'allhands' });
    stream.send({ type: 'subscribe', stream: 'user:notification' });
    stream.send({ type: 'subscribe', stream: 'public:local' });
    // The server reads a socket's messages in order: once public:local carries a post, the refused two were read.
    await vi.waitFor(async () => {
      if (stream.messages.length === 0) await t.sandbox.postAs('comms', { status: `@${demoUser.username} see #allhands` });
      expect(stream.messages.length).toBeGreaterThan(0);
    });
    expect(stream.messages.filter((message) => 'error' in message)).toEqual([]);
    expect(new Set(stream.messages.map((message) => message.stream.join(':')))).toEqual(new Set(['user']));
    stream.socket.close();
  });
});
