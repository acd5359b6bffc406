/** Errors that name what happened (issue 11.4): a server that answers badly is not "offline". */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MastoClientPool, type AccountCredentials } from '../../../../main/api/clientPool';
import { MastoDispatcher } from '../../../../main/api/dispatcher';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/api/v1/timelines/home')) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      return response.end('[{"id": "1", "content": "<p>cut off');
    }
    response.writeHead(502, { 'Content-Type': 'application/json' });
    response.end('{"error": ');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function dispatcher() {
  const credentials: AccountCredentials = { instanceUrl: async () => base, accessToken: async () => 'token', markNeedsSignIn: vi.fn(async () => undefined) };
  return new MastoDispatcher(new MastoClientPool(credentials), credentials);
}

describe('a server that answers with broken JSON', () => {
  it.each([
    ['a successful answer', ['v1', 'timelines', 'home', 'list']],
    ['an error answer', ['v1', 'accounts', 'verifyCredentials']],
  ])('is reported as an answer Atrium could not read, not as a lost connection (%s)', async (_, path) => {
    await expect(dispatcher().call({ accountId: 'a', path })).rejects.toMatchObject({
      code: 'bad_response',
      message: `${new URL(base).host} answered with something Atrium could not read: not what a Mastodon server sends. Try again later, and tell your IT department if it keeps happening.`,
    });
  });
});
