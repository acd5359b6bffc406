import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { StatusRecord, TokenRecord } from '../core/model';
import type { StoreEvent } from '../core/store';
import { canSee, inHome } from '../core/visibility';
import type { Api } from '../http/api';
import { hasScope } from '../http/auth';
import { renderNotification, renderStatus } from '../render/status';

/** A subscription: the stream name plus the tag or list it is about. */
interface Subscription {
  stream: string;
  param?: string;
}

interface Client {
  socket: WebSocket;
  accountId: string;
  subs: Subscription[];
}

/** The running streaming endpoint. */
export interface StreamingHub {
  /** Drops every connection (clients must reconnect). */
  dropAll(): void;
  close(): void;
}

function tokenFrom(req: IncomingMessage): string | undefined {
  const header = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (header) return header.trim();
  const url = new URL(req.url ?? '/', 'http://sandbox');
  const query = url.searchParams.get('access_token');
  if (query) return query;
  // Browsers cannot set headers on a WebSocket, so Mastodon accepts the token as the subprotocol.
  return req.headers['sec-websocket-protocol']?.split(',')[0]?.trim() || undefined;
}

/** `/api/v1/streaming`: Mastodon's WebSocket API with subscribe/unsubscribe messages. */
export function attachStreaming(server: Server, api: Api): StreamingHub {
  const { store, ctx } = api;
  const { profile } = api.settings;
  const wss = new WebSocketServer({ noServer: true, handleProtocols: (protocols) => [...protocols][0] ?? false });
  const clients = new Set<Client>();

  const refuse = (socket: Duplex, status: number, error: string) => {
    socket.write(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${JSON.stringify({ error })}`);
    socket.destroy();
  };

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!/^\/api\/v1\/streaming\/?$/.test(url.pathname)) return refuse(socket, 403, 'Not a streaming endpoint');
    const raw = tokenFrom(req);
    const token: TokenRecord | undefined = raw ? store.tokens.get(raw) : undefined;
    if (!token || token.revoked || token.accountId === null) return refuse(socket, 401, 'Error: Invalid access token');
    if (!hasScope(token.scopes, 'read:statuses') && !hasScope(token.scopes, 'read:notifications')) return refuse(socket, 401, 'Error: Access token does not have the required scopes');
    wss.handleUpgrade(req, socket, head, (ws) => {
      const client: Client = { socket: ws, accountId: token.accountId as string, subs: [] };
      clients.add(client);
      const initial = url.searchParams.get('stream');
      if (initial) subscribe(client, { stream: initial, ...paramOf(initial, url.searchParams.get('tag') ?? url.searchParams.get('list') ?? undefined) });
      ws.on('message', (data) => onMessage(client, String(data)));
      ws.on('close', () => clients.delete(client));
    });
  });

  const paramOf = (stream: string, value: string | undefined) => (stream.startsWith('hashtag') || stream === 'list') && value ? { param: stream.startsWith('hashtag') ? value.toLowerCase() : value } : {};

  function subscribe(client: Client, sub: Subscription): void {
    if (!profile.streams.includes(sub.stream)) {
      // Mastodon answers with an error message; GoToSocial ignores the request without a word.
      if (profile.refusal === 'error') client.socket.send(JSON.stringify({ error: 'Unknown stream type', status: 400 }));
      return;
    }
    if (sub.stream === 'list') {
      const list = store.lists.get(sub.param ?? '');
      if (!list || list.ownerId !== client.accountId) return client.socket.send(JSON.stringify({ error: 'Not authorized to stream this list', status: 401 }));
    }
    if (!client.subs.some((s) => s.stream === sub.stream && s.param === sub.param)) client.subs.push(sub);
  }

  function onMessage(client: Client, text: string): void {
    let msg: { type?: unknown; stream?: unknown; tag?: unknown; list?: unknown };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      return client.socket.send(JSON.stringify({ error: 'Invalid JSON', status: 400 }));
    }
    const stream = typeof msg.stream === 'string' ? msg.stream : '';
    const value = typeof msg.tag === 'string' ? msg.tag : typeof msg.list === 'string' ? msg.list : undefined;
    const sub: Subscription = { stream, ...paramOf(stream, value) };
    if (msg.type === 'subscribe') subscribe(client, sub);
    else if (msg.type === 'unsubscribe') client.subs = client.subs.filter((s) => !(s.stream === sub.stream && s.param === sub.param));
  }

  /** Would `sub` carry this status for the client? */
  const carries = (client: Client, sub: Subscription, status: StatusRecord): boolean => {
    const author = store.accounts.get(status.accountId);
    const isPublic = status.visibility === 'public' && !status.reblogOfId;
    switch (sub.stream) {
      case 'user':
        return inHome(store, status, client.accountId);
      case 'public':
        return isPublic;
      case 'public:local':
        return isPublic && !author?.domain;
      case 'public:remote':
        return isPublic && !!author?.domain;
      case 'hashtag':
      case 'hashtag:local':
        return isPublic && status.tags.some((t) => t.toLowerCase() === sub.param) && (sub.stream === 'hashtag' || !author?.domain);
      case 'list': {
        const list = store.lists.get(sub.param ?? '');
        return !!list && list.members.has(status.accountId) && canSee(store, status, client.accountId);
      }
      default:
        return false;
    }
  };

  const send = (client: Client, sub: Subscription, event: string, payload: string) => {
    if (client.socket.readyState !== WebSocket.OPEN) return;
    const stream = profile.eventLabel ? [profile.eventLabel] : sub.param === undefined ? [sub.stream] : [sub.stream, sub.param];
    client.socket.send(JSON.stringify({ stream, event, payload }));
  };

  store.onEvent((event: StoreEvent) => {
    for (const client of clients) {
      if (event.kind === 'notification') {
        if (event.notification.accountId !== client.accountId) continue;
        const payload = JSON.stringify(renderNotification(ctx, event.notification));
        for (const sub of client.subs) if (sub.stream === 'user' || sub.stream === 'user:notification') send(client, sub, 'notification', payload);
        continue;
      }
      for (const sub of client.subs) {
        if (!carries(client, sub, event.status)) continue;
        // Mastodon sends the payload as a JSON string inside the JSON message; `delete` carries just the id.
        const payload = event.kind === 'delete' ? event.status.id : JSON.stringify(renderStatus(ctx, event.status, client.accountId));
        send(client, sub, event.kind, payload);
      }
    }
  });

  return {
    dropAll: () => {
      for (const client of clients) client.socket.terminate();
      clients.clear();
    },
    close: () => {
      for (const client of clients) client.socket.terminate();
      clients.clear();
      wss.close();
    },
  };
}
