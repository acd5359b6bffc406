import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../main/vault/keytarSecretStore';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { docsDir, startAtrium, type TestAtrium } from './support/atrium';
import { seriousViolations } from './support/axe';
import { finishInBrowser } from './support/signIn';

// A computer where keytar did not build: the module cannot even load, as after an install without libsecret-1-dev.
const noKeytar = new KeytarSecretStore({ load: () => Promise.reject(new Error("Cannot find module 'keytar'")) });

let sandbox: Sandbox;
let atrium: TestAtrium;
beforeAll(async () => {
  sandbox = await startSandbox({ staff: 12, posts: 40 });
  atrium = await startAtrium({ demoInstanceUrl: sandbox.url, secretStore: noKeytar });
});
afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

describe('a computer without a keychain', () => {
  it('says what is missing, refuses a real account, and still opens the demo with its sign-in in memory', async () => {
    const { page } = atrium;
    const notice = page.getByRole('status').filter({ hasText: "Atrium's keychain module is missing" });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/libsecret-1-dev.*npm rebuild keytar.*kept in memory only/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(docsDir, 'sign-in-no-keychain.png'), fullPage: true });

    // The same server under another name is no demo: a real account goes to the keychain or nowhere.
    const port = new URL(sandbox.url).port;
    await page.getByLabel("Your organization's address").fill(`http://localhost:${port}`);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/keychain module is not installed/);

    await page.getByRole('button', { name: 'Try the demo organization' }).click();
    await finishInBrowser(atrium, sandbox.demoUser);
    await page.getByRole('button', { name: new RegExp(`^Accounts — active: @${sandbox.demoUser.username}@`) }).waitFor();
    await page.getByRole('article').first().waitFor();

    // The token is nowhere in the data folder: no word written there is a token the server would accept.
    const files = (await readdir(atrium.dataDir, { withFileTypes: true, recursive: true })).filter((entry) => entry.isFile());
    const written = (await Promise.all(files.map((entry) => readFile(path.join(entry.parentPath, entry.name), 'utf8')))).join('\n');
    expect(written).toContain(sandbox.demoUser.username);
    const words = written.match(/[\w-]{20,}/g) ?? [];
    expect(words.filter((word) => sandbox.isTokenValid(word))).toEqual([]);
  });
});
