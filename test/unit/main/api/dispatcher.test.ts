import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MastoClientPool, type AccountCredentials } from '../../../../main/api/clientPool';
import { MastoDispatcher } from '../../../../main/api/dispatcher';

// A loopback server that answers like Mastodon for the few paths used here and records requests.
let server: Server;
let base = '';
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? '/', base);
    if (request.headers.authorization !== 'Bearer good-token') return json(401, { error: 'The access token is invalid' });
    if (url.pathname === '/api/v1/timelines/home') {
      return json(200, [{ id: '300' }, { id: '299' }], {
        Link: `<${base}/api/v1/timelines/home?max_id=299>; rel="next", <${base}/api/v1/timelines/home?min_id=300>; rel="prev"`,
      });
    }
    if (url.pathname === '/api/v1/statuses' && request.method === 'POST') return json(200, { id: '301' });
    if (url.pathname === '/api/v1/statuses/7/favourite') return json(200, { id: '7', favourited: true });
    if (url.pathname === '/api/v1/statuses/8/favourite') return json(429, { error: 'Too many requests' }, { 'Retry-After': '30' });
    return json(404, { error: 'Record not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function dispatcherFor(token: string) {
  const credentials: AccountCredentials = {
    instanceUrl: async () => base,
    accessToken: async () => token,
    markNeedsSignIn: vi.fn(async () => undefined),
  };
  return { dispatcher: new MastoDispatcher(new MastoClientPool(credentials), credentials), credentials };
}

describe('the masto dispatcher', () => {
  it('answers a list call with one page and the queries of its neighbours', async () => {
    const { dispatcher } = dispatcherFor('good-token');
    const reply = await dispatcher.call({ accountId: 'a', path: ['v1', 'timelines', 'home', 'list'], params: { limit: 2 } });
    expect(reply).toEqual({ data: [{ id: '300' }, { id: '299' }], next: { max_id: '299' }, prev: { min_id: '300' } });
    expect(seen.at(-1)?.url).toBe('/api/v1/timelines/home?limit=2');
  });

  it('replays $select paths and sends the idempotency key as a header', async () => {
    const { dispatcher } = dispatcherFor('good-token');
    await expect(dispatcher.call({ accountId: 'a', path: ['v1', 'statuses', { select: '7' }, 'favourite'] })).resolves.toEqual({
      data: { id: '7', favourited: true },
    });
    await dispatcher.call({ accountId: 'a', path: ['v1', 'statuses', 'create'], params: { status: 'hi' }, idempotencyKey: 'key-1' });
    expect(seen.at(-1)?.headers['idempotency-key']).toBe('key-1');
  });

  it('refuses a call that is not on the allow-list before anything reaches the server', async () => {
    const { dispatcher } = dispatcherFor('good-token');
    const before = seen.length;
    for (const path of [
      ['v1', 'admin', 'accounts', 'list'],
      ['v1', 'apps', 'create'],
      ['v1', 'timelines', 'home', 'list', '$raw'],
      ['v1', 'statuses', 'constructor'],
      ['v1', 'accounts', '$select', 'fetch'],
    ]) {
      await expect(dispatcher.call({ accountId: 'a', path })).rejects.toMatchObject({ code: 'call_not_allowed' });
    }
    expect(seen.length).toBe(before);
  });

  it('keeps a selected id inside its path segment', async () => {
    const { dispatcher } = dispatcherFor('good-token');
    // The contract refuses such ids before they get here; the dispatcher encodes them all the same.
    await dispatcher.call({ accountId: 'a', path: ['v1', 'statuses', { select: '../admin/accounts' }, 'favourite'] }).catch(() => undefined);
    expect(seen.at(-1)?.url).toBe('/api/v1/statuses/..%2Fadmin%2Faccounts/favourite');
  });

  it('marks the account for a new sign-in when the server answers 401', async () => {
    const { dispatcher, credentials } = dispatcherFor('revoked-token');
    await expect(dispatcher.call({ accountId: 'a', path: ['v1', 'timelines', 'home', 'list'] })).rejects.toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(/Sign in again/),
    });
    expect(credentials.markNeedsSignIn).toHaveBeenCalledWith('a');
  });

  it('says when to retry after a 429', async () => {
    const { dispatcher } = dispatcherFor('good-token');
    await expect(dispatcher.call({ accountId: 'a', path: ['v1', 'statuses', { select: '8' }, 'favourite'] })).rejects.toMatchObject({
      code: 'rate_limited',
      details: { retryAfter: 30, params: { host: expect.stringMatching(/^127\.0\.0\.1:/) } },
    });
  });

  it('says plainly when the server cannot be reached', async () => {
    const credentials: AccountCredentials = {
      instanceUrl: async () => 'http://127.0.0.1:9',
      accessToken: async () => 'good-token',
      markNeedsSignIn: async () => undefined,
    };
    const dispatcher = new MastoDispatcher(new MastoClientPool(credentials), credentials);
    await expect(dispatcher.call({ accountId: 'a', path: ['v1', 'timelines', 'home', 'list'] })).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(/could not reach 127\.0\.0\.1:9/),
    });
  });
});
