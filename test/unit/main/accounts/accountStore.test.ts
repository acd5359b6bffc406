import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT_PALETTE, pickAccountColor } from '../../../../main/accounts/accountColors';
import { AccountStore } from '../../../../main/accounts/accountStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atrium-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('AccountStore', () => {
  it('starts empty, writes atomically and reads back in a new process', async () => {
    const store = new AccountStore(dir);
    expect(await store.read()).toEqual({ version: 2, activeId: null, accounts: [], registrations: {} });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.addRegistration(`r${i}`, { origin: `https://i${i}.example`, clientId: `c${i}`, redirectUri: 'http://127.0.0.1:5000/callback', port: 5000, scopes: 'read', registeredAt: 'now' }),
      ),
    );
    expect(await readdir(dir)).toEqual(['accounts.json']);
    expect(Object.keys((await new AccountStore(dir).read()).registrations)).toHaveLength(20);
    if (process.platform !== 'win32') expect((await stat(store.path)).mode & 0o777).toBe(0o600);
  });

  it('reads the version 1 file: each instance keeps its registration, and its accounts know it issued their tokens', async () => {
    const account = (id: string, instanceUrl: string) => ({
      id,
      instanceUrl,
      acct: id,
      displayName: id,
      avatar: '',
      color: '#0072b2',
      needsSignIn: false,
      serverAccountId: '1',
      addedAt: '2026-01-01T00:00:00.000Z',
    });
    const app = { clientId: 'client-a', redirectUri: 'http://127.0.0.1:5000/callback', port: 5000, scopes: 'read write push', registeredAt: '2026-01-01T00:00:00.000Z' };
    const v1 = {
      version: 1,
      activeId: '1@a.example',
      accounts: [account('1@a.example', 'https://a.example'), account('1@b.example', 'https://b.example')],
      apps: { 'https://a.example': app },
    };
    await writeFile(join(dir, 'accounts.json'), JSON.stringify(v1));

    const data = await new AccountStore(dir).read();
    const [registrationId, registration] = Object.entries(data.registrations)[0] ?? [];
    expect(registration).toEqual({ ...app, origin: 'https://a.example', legacySecret: true });
    expect(data.activeId).toBe('1@a.example');
    expect(data.accounts.map((a) => [a.id, a.registrationId])).toEqual([
      ['1@a.example', registrationId],
      ['1@b.example', undefined],
    ]);
    // Written back as version 2 at once, so the next start sees the same registration id.
    expect(await new AccountStore(dir).read()).toEqual(data);
    expect(JSON.parse(await readFile(join(dir, 'accounts.json'), 'utf8'))).toMatchObject({ version: 2 });
  });

  it('refuses a damaged file with a message naming it, and does not overwrite it', async () => {
    await writeFile(join(dir, 'accounts.json'), '{"version":1,"accounts":[');
    const store = new AccountStore(dir);
    await expect(store.read()).rejects.toMatchObject({ code: 'corrupt_data', message: expect.stringContaining(join(dir, 'accounts.json')) });
    await expect(store.update((d) => d)).rejects.toMatchObject({ code: 'corrupt_data' });
    expect(await readFile(join(dir, 'accounts.json'), 'utf8')).toBe('{"version":1,"accounts":[');
  });
});

describe('pickAccountColor', () => {
  it('gives every account a distinct colour, beyond the palette too', () => {
    const used: string[] = [];
    for (let i = 0; i < 30; i += 1) used.push(pickAccountColor(used));
    expect(new Set(used).size).toBe(30);
    expect(used.slice(0, ACCOUNT_PALETTE.length)).toEqual(ACCOUNT_PALETTE);
    for (const color of used) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('reuses a colour freed by a sign-out', () => {
    const [first, second, third] = ACCOUNT_PALETTE;
    expect(pickAccountColor([first ?? '', third ?? ''])).toBe(second);
  });
});
