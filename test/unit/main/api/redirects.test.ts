/**
 * Main never sends an account's credentials, or what it posts, to an origin other than its instance:
 * an instance that answers with a redirect to another host or port gets a clear refusal instead, and a
 * streaming socket (whose subprotocol carries the token) does not follow one either.
 * Two loopback servers on different ports are two origins, as the Fetch standard counts them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MastoClientPool, type AccountCredentials } from '../../../../main/api/clientPool';
import { MastoDispatcher } from '../../../../main/api/dispatcher';
import { StreamHub } from '../../../../main/api/streamHub';

interface Seen {
  path: string;
  method: string;
  authorization: string | null;
  body: string;
}

let instance: Server;
let elsewhere: Server;
let instanceUrl = '';
let elsewhereUrl = '';
const landed: Seen[] = [];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  elsewhere = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      landed.push({ path: request.url ?? '', method: request.method ?? '', authorization: request.headers.authorization ?? null, body });
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"id":"1","username":"collector"}');
    });
  });
  elsewhereUrl = await listen(elsewhere);
  // The "instance" sends every request on to the other origin; 307 keeps the method and the body.
  instance = createServer((request, response) => {
    response.writeHead(307, { Location: `${elsewhereUrl}${request.url ?? '/'}` });
    response.end();
  });
  instanceUrl = await listen(instance);
});

afterAll(async () => {
  await new Promise<void>((resolve) => instance.close(() => resolve()));
  await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
});

describe('redirects to another origin', () => {
  it('are refused by the API layer: no token, no post text reaches the other origin', async () => {
    const credentials: AccountCredentials = {
      instanceUrl: async () => instanceUrl,
      accessToken: async () => 'secret-token',
      markNeedsSignIn: vi.fn(async () => undefined),
    };
    const dispatcher = new MastoDispatcher(new MastoClientPool(credentials), credentials);
    const host = new URL(instanceUrl).host;
    for (const call of [
      { accountId: 'a', path: ['v1', 'accounts', 'verifyCredentials'] },
      { accountId: 'a', path: ['v1', 'statuses', 'create'], params: { status: 'a private thought' } },
    ]) {
      await expect(dispatcher.call(call)).rejects.toMatchObject({
        code: 'redirected',
        message: `${host} tried to send Atrium to another address. Atrium did not follow it, so nothing was sent there.`,
      });
    }
    expect(landed).toEqual([]);
  });

  it("lose the Authorization header in Node's own fetch (the second lock, checked so an upgrade cannot remove it unseen)", async () => {
    landed.length = 0;
    const response = await fetch(`${instanceUrl}/api/v1/accounts/verify_credentials`, { headers: { Authorization: 'Bearer secret-token' } });
    expect(response.status).toBe(200);
    expect(landed).toEqual([expect.objectContaining({ path: '/api/v1/accounts/verify_credentials', authorization: null })]);
  });
});

describe('a streaming server that redirects', () => {
  it('gets no second connection: the socket, and the token it carries, do not follow the redirect', async () => {
    let upgradesElsewhere = 0;
    const target = createServer();
    target.on('upgrade', (_request, socket) => {
      upgradesElsewhere += 1;
      socket.destroy();
    });
    const targetUrl = await listen(target);
    let redirected = 0;
    const streaming = createServer();
    streaming.on('upgrade', (_request, socket) => {
      redirected += 1;
      socket.end(`HTTP/1.1 302 Found\r\nLocation: ${targetUrl.replace('http:', 'ws:')}/api/v1/streaming\r\nContent-Length: 0\r\n\r\n`);
    });
    const streamingUrl = await listen(streaming);
    const hub = new StreamHub({
      endpoint: async () => ({ streamingUrl, instanceUrl: streamingUrl, token: 'secret-token' }),
      emit: () => undefined,
      backoff: { initialMs: 5, maxMs: 5 },
    });
    try {
      hub.subscribe({ accountId: 'a', stream: 'user' });
      // Several attempts (each refused by the redirect) prove the hub kept trying at home, never elsewhere.
      await vi.waitFor(() => expect(redirected).toBeGreaterThanOrEqual(3), { timeout: 15_000 });
      expect(upgradesElsewhere).toBe(0);
    } finally {
      hub.closeAll();
      await new Promise<void>((resolve) => streaming.close(() => resolve()));
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });
});
