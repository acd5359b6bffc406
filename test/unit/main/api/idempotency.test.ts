/**
 * Posting that never doubles: the sandbox stores a post and then cuts the connection before
 * answering, as a dropped network would; the retry carries the same Idempotency-Key and
 * gets the first post back instead of a second one.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MastoClientPool, type AccountCredentials } from '../../../../main/api/clientPool';
import { MastoDispatcher } from '../../../../main/api/dispatcher';
import { startSandbox, type Sandbox } from '../../../sandbox/index';

let sandbox: Sandbox;
let dispatcher: MastoDispatcher;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 8, posts: 10, rateLimit: false });
  const token = sandbox.issueToken(sandbox.demoUser.username);
  const credentials: AccountCredentials = {
    instanceUrl: async () => sandbox.url,
    accessToken: async () => token,
    markNeedsSignIn: vi.fn(async () => undefined),
  };
  dispatcher = new MastoDispatcher(new MastoClientPool(credentials), credentials);
});
afterAll(() => sandbox.close());

const create = (status: string, idempotencyKey?: string) =>
  dispatcher.call({ accountId: 'demo', path: ['v1', 'statuses', 'create'], params: { status, visibility: 'public' }, ...(idempotencyKey ? { idempotencyKey } : {}) });

async function ownPostsSaying(text: string): Promise<{ id: string }[]> {
  const me = (await dispatcher.call({ accountId: 'demo', path: ['v1', 'accounts', 'verifyCredentials'] })).data as { id: string };
  const page = await dispatcher.call({ accountId: 'demo', path: ['v1', 'accounts', { select: me.id }, 'statuses', 'list'], params: { limit: 40 } });
  return (page.data as { id: string; content: string }[]).filter((status) => status.content.includes(text));
}

describe('a post whose answer was lost', () => {
  it('exists exactly once after a retry with the same Idempotency-Key', async () => {
    const text = `Quarterly update ${randomUUID()}`;
    const key = randomUUID();
    sandbox.misbehave.dropNextAnswer('POST /api/v1/statuses');
    await expect(create(text, key)).rejects.toMatchObject({ code: 'network' });
    // The server did store it: that is what makes a blind retry dangerous.
    expect(await ownPostsSaying(text)).toHaveLength(1);

    const retried = (await create(text, key)).data as { id: string };
    const posts = await ownPostsSaying(text);
    expect(posts.map((post) => post.id)).toEqual([retried.id]);
  });

  it('is posted twice by a retry without the key, which is why every send carries one', async () => {
    const text = `No key ${randomUUID()}`;
    sandbox.misbehave.dropNextAnswer('POST /api/v1/statuses');
    await expect(create(text)).rejects.toMatchObject({ code: 'network' });
    await create(text);
    expect(await ownPostsSaying(text)).toHaveLength(2);
  });

  it('answers the next request normally once the dropped one is used up', async () => {
    sandbox.misbehave.dropNextAnswer('POST /api/v1/statuses');
    await expect(create(`dropped ${randomUUID()}`, randomUUID())).rejects.toMatchObject({ code: 'network' });
    await expect(create(`answered ${randomUUID()}`, randomUUID())).resolves.toMatchObject({ data: { visibility: 'public' } });
  });
});
