import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './index';
import { contract } from './testing/contract';

// Broken answers cannot go through the harness's contract watch (it parses every JSON answer): each
// answer here is checked against the contract by hand, the error bodies as Mastodon's Error schema.
let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 20, posts: 80, seed: 4 });
  token = sandbox.issueToken(sandbox.demoUser.username);
});

afterAll(async () => {
  await sandbox?.close();
});

const get = (path: string) => fetch(`${sandbox.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
const admin = (body: object) =>
  fetch(`${sandbox.url}/__sandbox/misbehave`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const problem = async (path: string, response: Response) => contract().check('GET', path, response.status, await response.json());

describe('the sandbox misbehaving on purpose', () => {
  it('fails the next requests with the server error asked for, then answers again', async () => {
    await admin({ fail_next_count: 2, fail_next_status: 502 });
    const first = await get('/api/v1/timelines/home');
    expect(first.status).toBe(502);
    await expect(problem('/api/v1/timelines/home', first)).resolves.toBeNull();
    expect((await get('/api/v1/instance')).status).toBe(502);
    const third = await get('/api/v1/timelines/home');
    expect(third.status).toBe(200);
    await expect(problem('/api/v1/timelines/home', third)).resolves.toBeNull();
  });

  it('says when to come back only in X-RateLimit-Reset when asked to', async () => {
    const before = sandbox.clock.now().getTime();
    await admin({ force_429_retry_after: 40, force_429_header: 'reset' });
    const limited = await get('/api/v1/timelines/home');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Date.parse(limited.headers.get('x-ratelimit-reset') ?? '');
    expect(reset - before).toBeGreaterThanOrEqual(40_000);
    expect(reset - before).toBeLessThan(45_000);
    await expect(problem('/api/v1/timelines/home', limited)).resolves.toBeNull();
    expect((await get('/api/v1/timelines/home')).status).toBe(200);
  });

  it('cuts the JSON of the next answers to a route in half, and only there', async () => {
    await admin({ malform_next_answer: 'GET /api/v1/timelines/public', malform_kind: 'broken_json', malform_count: 1 });
    expect((await get('/api/v1/instance')).status).toBe(200);
    const broken = await get('/api/v1/timelines/public');
    expect(broken.status).toBe(200);
    expect(broken.headers.get('content-type')).toContain('application/json');
    await expect(broken.json()).rejects.toThrow(SyntaxError);
    await expect(problem('/api/v1/timelines/public', await get('/api/v1/timelines/public'))).resolves.toBeNull();
  });

  it('answers objects that keep only their id, which the contract refuses', async () => {
    await admin({ malform_next_answer: 'GET /api/v1/timelines/public', malform_kind: 'wrong_shape', malform_count: 2 });
    for (let round = 0; round < 2; round++) {
      const answer = await get('/api/v1/timelines/public?limit=3');
      const body = (await answer.json()) as unknown[];
      expect(body).toHaveLength(3);
      for (const item of body) expect(Object.keys(item as object)).toEqual(['id']);
      expect(contract().check('GET', '/api/v1/timelines/public', answer.status, body)).not.toBeNull();
    }
    await expect(problem('/api/v1/timelines/public', await get('/api/v1/timelines/public'))).resolves.toBeNull();
  });

  it('forgets every switch on reset', async () => {
    await admin({ fail_next_count: 5, malform_next_answer: 'GET /api/v1/instance', malform_kind: 'broken_json' });
    await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
    const answer = await get('/api/v1/instance');
    expect(answer.status).toBe(200);
    await expect(problem('/api/v1/instance', answer)).resolves.toBeNull();
  });
});
