import { createStreamingAPIClient } from 'masto';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { contract } from './testing/contract';
import { useSandbox } from './testing/harness';
import { openStream } from './testing/stream';

describe('streaming', () => {
  const t = useSandbox();

  it('authenticates by header, subprotocol or query, and refuses a bad token', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    for (const via of ['header', 'protocol', 'query'] as const) {
      const stream = await openStream(t.sandbox.url, token, via);
      stream.socket.close();
    }
    await expect(openStream(t.sandbox.url, 'nope')).rejects.toThrow(/401/);
  });

  it('streams update, status.update and delete on public:local with JSON-string payloads', async () => {
    const stream = await openStream(t.sandbox.url, t.sandbox.issueToken(t.sandbox.demoUser.username));
    stream.send({ type: 'subscribe', stream: 'public:local' });
    await stream.sync();
    const { id } = await t.sandbox.postAs('comms', { status: 'Live from the sandbox #allhands' });
    const update = await stream.next((m) => m.event === 'update');
    expect(update.stream).toEqual(['public:local']);
    expect(typeof update.payload).toBe('string');
    const status = JSON.parse(update.payload) as { id: string };
    expect(status.id).toBe(id);
    // The payload is a Status entity, so the contract applies to it too.
    expect(contract().check('GET', `/api/v1/statuses/${id}`, 200, status)).toBeNull();
    await t.client('comms').v1.statuses.$select(id).update({ status: 'Edited live' });
    expect(JSON.parse((await stream.next((m) => m.event === 'status.update')).payload)).toMatchObject({ id, content: '<p>Edited live</p>' });
    await t.sandbox.deleteStatus(id);
    expect((await stream.next((m) => m.event === 'delete')).payload).toBe(id);
    stream.socket.close();
  });

  it('streams the user timeline and notifications; unsubscribe stops events', async () => {
    const me = t.sandbox.demoUser.username;
    const stream = await openStream(t.sandbox.url, t.sandbox.issueToken(me));
    stream.send({ type: 'subscribe', stream: 'user:notification' });
    stream.send({ type: 'subscribe', stream: 'hashtag', tag: 'Ship' });
    await stream.sync();
    await t.sandbox.postAs('comms', { status: `@${me} ping #ship` });
    const note = await stream.next((m) => m.event === 'notification');
    expect(note.stream).toEqual(['user:notification']);
    expect(JSON.parse(note.payload)).toMatchObject({ type: 'mention' });
    expect((await stream.next((m) => m.event === 'update')).stream).toEqual(['hashtag', 'ship']);
    stream.send({ type: 'subscribe', stream: 'user' });
    await stream.sync();
    const own = await t.sandbox.postAs(me, { status: 'my own post lands in my home' });
    const home = await stream.next((m) => m.event === 'update' && m.stream[0] === 'user');
    expect(JSON.parse(home.payload)).toMatchObject({ id: own.id });
    stream.send({ type: 'unsubscribe', stream: 'user' });
    stream.send({ type: 'unsubscribe', stream: 'hashtag', tag: 'ship' });
    await stream.sync();
    const before = stream.messages.length;
    await t.sandbox.postAs('news', { status: 'more #ship' });
    await stream.sync();
    expect(stream.messages.length).toBe(before);
    stream.socket.close();
  });

  it('works with masto’s streaming client (list stream)', async () => {
    const masto = t.client();
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    const streaming = createStreamingAPIClient({ streamingApiUrl: t.sandbox.url.replace('http', 'ws'), accessToken: token, implementation: WebSocket, retry: false });
    const [list] = await masto.v1.lists.list();
    const members = await masto.v1.lists.$select(list?.id ?? '').accounts.list({ limit: 1 });
    const member = members[0];
    const sub = streaming.list.subscribe({ list: list?.id ?? '' });
    const received = (async () => {
      for await (const event of sub) if (event.event === 'update') return event.payload;
      return undefined;
    })();
    // masto connects after a one-second backoff: keep posting until the subscription is live.
    const posted: string[] = [];
    let payload: Awaited<typeof received> | undefined;
    // Posts go out every 300 ms until one arrives, for most of the test's time: the condition, not the count, ends it.
    for (let tries = 0; tries < 50 && !payload; tries++) {
      posted.push((await t.sandbox.postAs(member?.acct ?? '', { status: 'for my list' })).id);
      payload = await Promise.race([received, new Promise<undefined>((resolve) => setTimeout(resolve, 300))]);
    }
    expect(posted).toContain(payload?.id);
    sub.unsubscribe();
    streaming.close();
  });

  it('drops every stream on demand', async () => {
    const stream = await openStream(t.sandbox.url, t.sandbox.issueToken(t.sandbox.demoUser.username), 'query', '&stream=public');
    t.sandbox.misbehave.dropStreams();
    expect(await stream.closed).toBe(1006);
  });
});
