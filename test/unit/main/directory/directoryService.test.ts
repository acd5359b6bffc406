import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MastoClientPool, type AccountCredentials } from '../../../../main/api/clientPool';
import { DirectoryCache } from '../../../../main/directory/directoryCache';
import { DirectoryService } from '../../../../main/directory/directoryService';
import type { DirectoryProgress } from '../../../../shared/directory';
import { startSandbox, type Sandbox } from '../../../sandbox/index';

let dir: string;
const sandboxes: Sandbox[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atrium-directory-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));
afterAll(() => Promise.all(sandboxes.map((sandbox) => sandbox.close())));

async function serviceFor(sandbox: Sandbox) {
  const token = sandbox.issueToken(sandbox.demoUser.username);
  const credentials: AccountCredentials = { instanceUrl: async () => sandbox.url, accessToken: async () => token, markNeedsSignIn: async () => undefined };
  const pool = new MastoClientPool(credentials);
  const progress: DirectoryProgress[] = [];
  const slept: number[] = [];
  const service = new DirectoryService({
    rest: (id) => pool.rest(id),
    instanceUrl: async () => sandbox.url,
    cache: new DirectoryCache(dir),
    progress: (event) => progress.push(event),
    sleep: async (ms) => void slept.push(ms),
  });
  return { service, progress, slept };
}

describe('the directory service against the sandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ staff: 300, posts: 100, seed: 4, rateLimit: false });
    sandboxes.push(sandbox);
  });

  it('fetches every local, listed person, keeps them on the device, and reports progress', async () => {
    const { service, progress } = await serviceFor(sandbox);
    const snapshot = await service.refresh('me');
    if (!snapshot.available) throw new Error('expected a directory');
    expect(snapshot.people.length).toBeGreaterThan(200);
    expect(snapshot.people.every((person) => !person.acct.includes('@'))).toBe(true);
    expect(new Set(snapshot.people.map((person) => person.id)).size).toBe(snapshot.people.length);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', loaded: snapshot.people.length });
    expect(await service.read('me')).toEqual(snapshot);
    // Nothing secret on disk, and no handle in the file name.
    const [file] = await readdir(dir);
    expect(file).not.toContain('me');
    expect(await readFile(path.join(dir, file as string), 'utf8')).not.toMatch(/token|Bearer/i);
  });

  it('waits out a 429 as the server says and tells the renderer it waits', async () => {
    const { service, progress, slept } = await serviceFor(sandbox);
    // The first 429 lands on the instance count (which is optional), the second on the first page.
    sandbox.misbehave.force429(4, 2);
    const snapshot = await service.refresh('me');
    expect(snapshot.available).toBe(true);
    expect(slept).toEqual([4_000]);
    expect(progress.some((event) => event.phase === 'waiting' && event.waitSeconds === 4)).toBe(true);
  });

  it('runs one refresh per account at a time, and forgets the account on removal', async () => {
    const { service } = await serviceFor(sandbox);
    const [first, second] = [service.refresh('me'), service.refresh('me')];
    expect(first).toBe(second);
    await first;
    await service.remove('me');
    expect(await service.read('me')).toBeNull();
  });
});

describe('a server without a directory', () => {
  it('answers "no directory", not an error', async () => {
    const sandbox = await startSandbox({ staff: 10, posts: 10, seed: 2, directory: false });
    sandboxes.push(sandbox);
    const { service } = await serviceFor(sandbox);
    expect(await service.refresh('me')).toMatchObject({ available: false });
    expect(await service.read('me')).toMatchObject({ available: false });
  });
});
