/**
 * No secret at rest, seen from the page (issue 11): after two accounts signed in, a draft typed in the
 * composer and a scheduled post listed on the desk, neither the page's storage (localStorage,
 * sessionStorage, IndexedDB, Cache Storage, cookies) nor the data folder holds an access token or a
 * client secret. The Node half (every kind of file main writes) is test/unit/main/security/secretsAtRest.test.ts.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeApi } from '../../shared/bridgeApi';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { otherStaff } from '../sandbox/testing/otherStaff';
import { scanFolderForSecrets, secretsIn } from '../unit/main/support/secretScan';
import { MemorySecretStore } from '../unit/main/vault/memorySecretStore';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium;
// Every secret main files away lands here, so the test knows exactly what to look for.
const secretStore = new MemorySecretStore();

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 12, posts: 40, seed: 5, rateLimit: false });
  atrium = await startAtrium({ viewport: { width: 1280, height: 820 }, secretStore });
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

/** A mark put in each kind of page storage before the scan: finding it proves that kind was read. */
const CANARY = 'atrium-scan-canary';

/** Everything the page keeps, as one text: its storage areas, IndexedDB databases, Cache Storage and cookies. */
function readPageStorage(canary: string | null): Promise<string> {
  return atrium.page.evaluate(async (mark) => {
    const request = <T,>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
    if (mark) {
      localStorage.setItem(mark, mark);
      sessionStorage.setItem(mark, mark);
      document.cookie = `${mark}=${mark}; SameSite=Strict`;
      const opening = indexedDB.open(mark, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore('store');
      const db = await request(opening);
      const tx = db.transaction('store', 'readwrite');
      tx.objectStore('store').put(mark, mark);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      await (await caches.open(mark)).put(`/${mark}`, new Response(mark));
    }
    const parts: string[] = [document.cookie];
    for (const area of [localStorage, sessionStorage]) for (let index = 0; index < area.length; index += 1) parts.push(`${area.key(index)}=${area.getItem(area.key(index) ?? '')}`);
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store, 'readonly');
        parts.push(JSON.stringify(await request(tx.objectStore(store).getAllKeys())), JSON.stringify(await request(tx.objectStore(store).getAll())));
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) parts.push(key.url, (await (await cache.match(key))?.text()) ?? '');
    }
    return parts.join('\n');
  }, canary);
}

describe('secrets after a working session', () => {
  it('are in the keychain only: not in the page’s storage, nor in the data folder', async () => {
    const { page } = atrium;
    const host = new URL(sandbox.url).host;
    const [colleague] = await otherStaff(sandbox, 1);
    await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
    const first = `@${sandbox.demoUser.username}@${host}`;
    await page.getByRole('button', { name: `Accounts — active: ${first}` }).click();
    await page.getByRole('menuitem', { name: 'Add an account' }).click();
    await signInThroughBrowser(atrium, sandbox.url, { username: colleague as string, password: sandbox.password });
    await page.getByRole('button', { name: `Accounts — active: @${colleague}@${host}` }).waitFor();

    // A draft, typed in the composer and kept by main.
    await page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name: 'Compose' }).click();
    await page.getByRole('textbox', { name: 'Post text' }).pressSequentially('Notes for the offsite, not ready yet');
    await expect.poll(() => readdir(path.join(atrium.dataDir, 'drafts'), { recursive: true }).catch(() => []), { timeout: 15_000 }).not.toEqual([]);
    await page.keyboard.press('Escape');

    // A scheduled post, made through the page's bridge as the desk does, then listed on the desk.
    const scheduled = await page.evaluate(async (at) => {
      const bridge = (window as unknown as { atrium: BridgeApi }).atrium;
      const accounts = await bridge.listAccounts({});
      if (!accounts.ok || !accounts.value.activeId) return accounts;
      return bridge.callMastodon({ accountId: accounts.value.activeId, path: ['v1', 'statuses', 'create'], params: { status: 'All-hands on Friday', scheduledAt: at } });
    }, new Date(Date.now() + 3 * 3_600_000).toISOString());
    expect(scheduled).toMatchObject({ ok: true });
    await page.getByRole('navigation').getByRole('button', { name: 'Scheduled' }).click();
    await page.getByText('All-hands on Friday').first().waitFor();
    await page.screenshot({ path: path.join(docsDir, 'secrets-at-rest-desk.png') });

    const secrets = [...secretStore.entries.values()];
    // Two tokens and at least one client secret.
    expect(secrets.length).toBeGreaterThanOrEqual(3);

    const storage = await readPageStorage(CANARY);
    // Each kind of storage was read: its canary is in the text.
    expect(storage.split(CANARY).length - 1).toBeGreaterThanOrEqual(8);
    expect(secretsIn('the page’s storage', storage, secrets)).toEqual([]);
    const cookies = JSON.stringify(await page.context().cookies());
    expect(secretsIn('the browser’s cookies', cookies, secrets)).toEqual([]);

    const folder = await scanFolderForSecrets(atrium.dataDir, secrets);
    expect(folder.files.some((file) => file.startsWith('drafts'))).toBe(true);
    expect(folder.finds).toEqual([]);
  });
});
