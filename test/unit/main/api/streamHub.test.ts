import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { parseStreamMessage, StreamHub, type StreamEndpoint } from '../../../../main/api/streamHub';

// A loopback streaming server that records subscribe messages and lets the test push events.
async function streamingServer() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const sockets: ServerSocket[] = [];
  const messages: unknown[] = [];
  const protocols: string[] = [];
  wss.on('connection', (socket, request) => {
    protocols.push(String(request.headers['sec-websocket-protocol']));
    sockets.push(socket);
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  });
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  return {
    url,
    sockets,
    messages,
    protocols,
    push: (stream: string[], event: string, payload: string) => {
      for (const socket of sockets) socket.send(JSON.stringify({ stream, event, payload }));
    },
    close: () => {
      // ws waits for open connections before it reports the server closed.
      for (const client of wss.clients) client.terminate();
      return new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

// Waits for a condition, as long as the test itself may take: a busy machine is slow, not wrong.
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 15_000, interval: 10 });

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe('the stream hub', () => {
  it('subscribes over one authenticated socket and routes events to the matching subscription', async () => {
    const server = await streamingServer();
    const events: { event: string; payload: unknown; subscriptionId: string }[] = [];
    const hub = new StreamHub({
      endpoint: async () => ({ streamingUrl: server.url.replace('ws:', 'http:'), instanceUrl: 'http://127.0.0.1:3000', token: 'tok' }),
      emit: (name, payload) => {
        if (name === 'streamEvent') events.push(payload as (typeof events)[number]);
      },
    });
    cleanup.push(() => hub.closeAll(), server.close);
    const home = hub.subscribe({ accountId: 'a', stream: 'user' });
    const tag = hub.subscribe({ accountId: 'a', stream: 'hashtag', tag: 'Launch' });
    await until(() => server.messages.length === 2);
    expect(server.sockets).toHaveLength(1);
    expect(server.protocols).toEqual(['tok']);
    expect(server.messages).toContainEqual({ type: 'subscribe', stream: 'hashtag', tag: 'Launch' });

    server.push(['hashtag', 'launch'], 'update', JSON.stringify({ id: '1' }));
    server.push(['user'], 'delete', '109876543210987654');
    await until(() => events.length === 2);
    expect(events[0]).toEqual({ subscriptionId: tag, event: 'update', payload: { id: '1' } });
    expect(events[1]).toEqual({ subscriptionId: home, event: 'delete', payload: '109876543210987654' });
  });

  it('tells subscribers it is not connected while the server cannot be reached at start, then that it is', async () => {
    const server = await streamingServer();
    const states: boolean[] = [];
    let reachable = false;
    const hub = new StreamHub({
      endpoint: async () => {
        if (!reachable) throw new TypeError('fetch failed');
        return { streamingUrl: server.url, instanceUrl: 'http://127.0.0.1:3000', token: 'tok' };
      },
      emit: (name, payload) => {
        if (name === 'streamState') states.push((payload as { connected: boolean }).connected);
      },
      backoff: { initialMs: 20, maxMs: 50 },
    });
    cleanup.push(() => hub.closeAll(), server.close);
    hub.subscribe({ accountId: 'a', stream: 'user' });
    await until(() => states.length > 0);
    expect(states.every((connected) => !connected)).toBe(true);
    // A subscription joining while the hub waits to try again hears at once that it is not live.
    const joined = states.length;
    hub.subscribe({ accountId: 'a', stream: 'hashtag', tag: 'late' });
    expect(states.length).toBeGreaterThan(joined);
    expect(states.at(-1)).toBe(false);
    reachable = true;
    await until(() => states.at(-1) === true);
  });

  it('tells subscribers when the connection drops and when it is back', async () => {
    const server = await streamingServer();
    const states: boolean[] = [];
    const hub = new StreamHub({
      endpoint: async () => ({ streamingUrl: server.url, instanceUrl: 'http://127.0.0.1:3000', token: 'tok' }),
      emit: (name, payload) => {
        if (name === 'streamState') states.push((payload as { connected: boolean }).connected);
      },
      backoff: { initialMs: 20, maxMs: 50 },
    });
    cleanup.push(() => hub.closeAll(), server.close);
    hub.subscribe({ accountId: 'a', stream: 'public:local' });
    await until(() => states.length === 1);
    // The subscription is sent in the same moment the stream is announced live; drop the connection only
    // once the server has it, or a busy machine loses it in flight and the count below never reaches 2.
    await until(() => server.messages.length === 1);
    server.sockets[0]?.terminate();
    await until(() => states.length === 3);
    expect(states).toEqual([true, false, true]);
    expect(server.sockets).toHaveLength(2);
    // The subscription is sent again on the new connection.
    await until(() => server.messages.filter((message) => (message as { type: string }).type === 'subscribe').length === 2);
  });
});

describe('stream messages', () => {
  it('keeps a deleted id as a string and parses other payloads', () => {
    expect(parseStreamMessage('{"stream":["user"],"event":"delete","payload":"109876543210987654"}')?.payload).toBe('109876543210987654');
    expect(parseStreamMessage('{"stream":["user"],"event":"update","payload":"{\\"id\\":\\"1\\"}"}')?.payload).toEqual({ id: '1' });
  });

  it('gives entities the camelCase keys masto gives REST answers', () => {
    const raw = JSON.stringify({ stream: ['user'], event: 'update', payload: JSON.stringify({ id: '1', created_at: 'x', account: { display_name: 'Ana' }, media_attachments: [{ preview_url: 'p' }] }) });
    expect(parseStreamMessage(raw)?.payload).toEqual({ id: '1', createdAt: 'x', account: { displayName: 'Ana' }, mediaAttachments: [{ previewUrl: 'p' }] });
  });

  it('ignores what is not a Mastodon stream message', () => {
    expect(parseStreamMessage('not json')).toBeUndefined();
    expect(parseStreamMessage('{"event":"update"}')).toBeUndefined();
    expect(parseStreamMessage('{"stream":["user"],"event":"update","payload":"{broken"}')).toBeUndefined();
  });
});

describe('closing while connecting', () => {
  it('opens no socket when the last subscriber left before the endpoint was known', async () => {
    const server = await streamingServer();
    let answer: (value: StreamEndpoint) => void = () => undefined;
    const endpoint = { streamingUrl: server.url, instanceUrl: 'http://127.0.0.1:3000', token: 'tok' };
    const hub = new StreamHub({
      endpoint: (accountId) => (accountId === 'a' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve({ ...endpoint, token: 'tok-b' })),
      emit: () => undefined,
    });
    cleanup.push(() => hub.closeAll(), server.close);
    const id = hub.subscribe({ accountId: 'a', stream: 'user' });
    hub.unsubscribe(id);
    answer(endpoint);
    // Another account connects after the first answer: by the time its socket is open, the first
    // account's connection has long decided (in the same turn as the answer) whether to open one.
    hub.subscribe({ accountId: 'b', stream: 'user' });
    await until(() => server.messages.length > 0);
    expect(server.protocols).toEqual(['tok-b']);
  });
});
