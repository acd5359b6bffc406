/**
 * No secret at rest (issue 11): after two accounts signed in on the sandbox, drafts for both, a
 * scheduled post, the Home cache, the directory copy, posting slots and the watched queue were written
 * through the bridge, no file in the data folder holds an access token or a client secret, in any form.
 * The page's own storage is scanned by test/e2e/secretsAtRest.e2e.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../drafts/draftFixture';
import { scanFolderForSecrets } from '../support/secretScan';
import { startTwoAccountCore, type TwoAccountCore } from '../support/twoAccountCore';

let app: TwoAccountCore;
beforeAll(async () => {
  app = await startTwoAccountCore();
}, 30_000);
afterAll(() => app.close());

const expectOk = async (answer: Promise<unknown>) => expect(await answer).toMatchObject({ ok: true });

describe('the data folder after a working session', () => {
  it('holds no access token and no client secret', async () => {
    const { first, second } = app;
    // The keychain holds both tokens and the registration's client secret; these are what must not leak.
    const secrets = [...app.secrets.entries.values()];
    expect(secrets.length).toBeGreaterThanOrEqual(3);

    for (const account of [first, second]) {
      await expectOk(app.invoke('saveDraft', { draft: makeDraft({ accountId: account.id, text: `Draft of ${account.acct}`, idempotencyKey: randomUUID() }) }));
      await expectOk(app.invoke('writePostingSlots', { accountId: account.id, plan: { zone: 'Europe/Madrid', slots: [{ weekdays: [1, 3], hour: 9, minute: 30 }] } }));
    }
    const scheduledAt = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const scheduled = await app.invoke<{ data: { id: string } }>('callMastodon', {
      accountId: second.id,
      path: ['v1', 'statuses', 'create'],
      params: { status: 'Town hall at ten', scheduledAt },
      idempotencyKey: randomUUID(),
    });
    expect(scheduled).toMatchObject({ ok: true });
    await expectOk(app.invoke('watchScheduled', { accountId: second.id, posts: [{ id: scheduled.ok ? scheduled.value.data.id : 'x', text: 'Town hall at ten' }] }));
    const home = await app.invoke<{ data: { id: string }[] }>('callMastodon', { accountId: first.id, path: ['v1', 'timelines', 'home', 'list'], params: { limit: 20 } });
    expect(home.ok && home.value.data.length).toBeGreaterThan(0);
    await expectOk(app.invoke('writeHomeCache', { accountId: first.id, statuses: home.ok ? home.value.data : [] }));
    await expectOk(app.invoke('refreshDirectory', { accountId: first.id }));

    const { finds, files } = await scanFolderForSecrets(app.dataDir, secrets);
    // What a working session leaves behind is there to be scanned: accounts, drafts, cache, directory, slots.
    for (const kind of [/^accounts\.json$/, /^drafts\//, /^cache\//, /^posting-slots\.json$/]) expect(files.some((file) => kind.test(file)), String(kind)).toBe(true);
    expect(files.filter((file) => file.startsWith('drafts')).length).toBe(2);
    expect(finds).toEqual([]);
  });

  it('would find a token written there (the scan is not blind)', async () => {
    const [token] = [...app.secrets.entries.values()];
    await writeFile(path.join(app.dataDir, 'cache', 'leak.bin'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(JSON.stringify({ t: Buffer.from(token as string).toString('base64') }))]));
    const { finds } = await scanFolderForSecrets(app.dataDir, [token as string]);
    expect(finds).toEqual([expect.stringContaining('leak.bin')]);
  });
});
