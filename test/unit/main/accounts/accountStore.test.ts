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
    expect(await store.read()).toEqual({ version: 1, activeId: null, accounts: [], apps: {} });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.putApp(`https://i${i}.example`, { clientId: `c${i}`, redirectUri: 'http://127.0.0.1:5000/callback', port: 5000, scopes: 'read', registeredAt: 'now' }),
      ),
    );
    expect(await readdir(dir)).toEqual(['accounts.json']);
    expect(Object.keys((await new AccountStore(dir).read()).apps)).toHaveLength(20);
    if (process.platform !== 'win32') expect((await stat(store.path)).mode & 0o777).toBe(0o600);
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
