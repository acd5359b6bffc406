import WebSocket from 'ws';

/** A raw streaming connection that collects messages, for tests. */
export interface TestStream {
  socket: WebSocket;
  messages: Array<{ stream: string[]; event: string; payload: string }>;
  send(message: object): void;
  /**
   * Resolves once the server has handled every message sent before and its answers have arrived: a ping
   * goes after them and the server's pong comes back after what it sent (one connection keeps its order).
   */
  sync(): Promise<void>;
  /** Resolves with the first collected message that matches, waiting up to `ms`. */
  next(match: (m: { stream: string[]; event: string; payload: string }) => boolean, ms?: number): Promise<{ stream: string[]; event: string; payload: string }>;
  closed: Promise<number>;
}

/** Opens `/api/v1/streaming` with the token in the header, subprotocol or query. */
export async function openStream(base: string, token: string, via: 'header' | 'protocol' | 'query' = 'header', query = ''): Promise<TestStream> {
  const url = `${base.replace(/^http/, 'ws')}/api/v1/streaming${via === 'query' ? `?access_token=${token}${query}` : query ? `?${query.slice(1)}` : ''}`;
  const socket = via === 'protocol' ? new WebSocket(url, token) : new WebSocket(url, via === 'header' ? { headers: { Authorization: `Bearer ${token}` } } : {});
  const messages: TestStream['messages'] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as TestStream['messages'][number]);
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    messages,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    sync: () =>
      new Promise<void>((resolve) => {
        socket.once('pong', () => resolve());
        socket.ping();
      }),
    // Most of a test's time: a message on its way is waited for, not given a fixed short window.
    next: (match, ms = 15_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching streaming message in ${ms} ms`)), ms);
        const look = () => {
          const found = messages.find(match);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(look);
        };
        look();
      }),
  };
}
