/**
 * The composer's half of the bridge, through the real composition root: what the renderer sends
 * passes the contract, reaches the draft store and the uploader, and answers as the contract says.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../shared/bridge';
import type { AccountSummary } from '../../../shared/domain';
import type { Draft } from '../../../shared/drafts';
import type { Result } from '../../../shared/result';
import { createAtriumCore, type AtriumCore } from '../../../main/atrium';
import { DEFAULT_POLICY, toPublicPolicy } from '../../../main/policy/policy';
import { startSandbox, type Sandbox } from '../../sandbox/index';
import { makeDraft } from './drafts/draftFixture';

const origin = 'http://127.0.0.1:5999';
let sandbox: Sandbox;
let dataDir: string;
let core: AtriumCore;
let account: AccountSummary;
const events: { event: BridgeEvent; payload: unknown }[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 8, posts: 10, rateLimit: false });
  dataDir = await mkdtemp(path.join(tmpdir(), 'atrium-composer-'));
  const token = sandbox.issueToken(sandbox.demoUser.username);
  account = { id: `1@${new URL(sandbox.url).host}`, instanceUrl: sandbox.url, acct: sandbox.demoUser.username, displayName: 'Demo', avatar: '', color: '#0a7', needsSignIn: false };
  core = createAtriumCore({
    appInfo: { version: 'test', platform: 'linux', demoInstanceUrl: null },
    policy: toPublicPolicy(DEFAULT_POLICY),
    accounts: {
      list: async () => ({ accounts: [account], activeId: account.id }),
      switchTo: async () => undefined,
      probeInstance: async () => ({ url: sandbox.url, domain: '', title: '', thumbnail: null }),
      signIn: async () => account,
      cancelSignIn: () => undefined,
      onChange: () => () => undefined,
      signOut: async () => ({ revoked: true }),
      forget: async () => undefined,
      instanceUrl: async () => sandbox.url,
      accessToken: async () => token,
      markNeedsSignIn: async () => undefined,
      keychainState: async () => 'ready',
    },
    cacheDir: path.join(dataDir, 'cache'),
    draftsDir: path.join(dataDir, 'drafts'),
    trustedOrigin: origin,
    openExternal: async () => undefined,
    desktop: { show: () => undefined, setBadgeCount: () => undefined },
    locale: 'en',
    emit: (event, payload) => events.push({ event, payload }),
    log: () => undefined,
  });
});
afterAll(async () => {
  core.dispose();
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

const invoke = <T>(call: string, input: unknown, from = `${origin}/index.html`) => core.bridge.invoke(call, from, input) as Promise<Result<T>>;

const draft = (overrides: Partial<Draft> = {}) => makeDraft({ accountId: account.id, text: 'Half a sentence about the offsite', ...overrides });

describe('drafts over the bridge', () => {
  it('saves, lists and deletes a draft, and writes nothing the contract does not name', async () => {
    const saved = draft();
    expect(await invoke('saveDraft', { draft: { ...saved, accessToken: 'token-in-disguise' } })).toEqual({ ok: true, value: { done: true } });
    expect(await invoke('listDrafts', { accountId: account.id })).toEqual({ ok: true, value: { drafts: [saved] } });
    const [folder] = await readdir(path.join(dataDir, 'drafts'));
    const text = await readFile(path.join(dataDir, 'drafts', folder as string, `${saved.id}.json`), 'utf8');
    expect(text).not.toContain('token-in-disguise');
    expect(await invoke('deleteDraft', { accountId: account.id, draftId: saved.id })).toEqual({ ok: true, value: { done: true } });
    expect(await invoke('listDrafts', { accountId: account.id })).toEqual({ ok: true, value: { drafts: [] } });
  });

  it('refuses a draft for an account that is not signed in, a malformed one, and a page of another origin', async () => {
    expect(await invoke('saveDraft', { draft: draft({ accountId: 'someone@else.example' }) })).toMatchObject({ ok: false, error: { code: 'unknown_account' } });
    expect(await invoke('saveDraft', { draft: { ...draft(), visibility: 'everyone' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke('listDrafts', { accountId: account.id }, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });
});

describe('uploads over the bridge', () => {
  it('uploads a file, reports progress as events and lets the alt text be changed afterwards', async () => {
    const uploadId = randomUUID();
    const result = await invoke<{ id: string; url: string | null; description: string | null }>('uploadMedia', {
      accountId: account.id,
      uploadId,
      fileName: 'plan.png',
      mimeType: 'image/png',
      dataBase64: Buffer.alloc(200_000, 1).toString('base64'),
      description: 'Floor plan',
    });
    expect(result).toMatchObject({ ok: true, value: { url: expect.stringMatching(/^http/), description: 'Floor plan' } });
    const progress = events.filter((e) => e.event === 'uploadProgress').map((e) => e.payload as { uploadId: string; phase: string });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.uploadId === uploadId)).toBe(true);

    const id = result.ok ? result.value.id : '';
    const described = await invoke<{ data: { description: string } }>('callMastodon', { accountId: account.id, path: ['v1', 'media', { select: id }, 'update'], params: { description: 'Floor plan of the third floor' } });
    expect(described).toMatchObject({ ok: true, value: { data: { description: 'Floor plan of the third floor' } } });
  });

  it('answers a cancel of an unknown upload, and refuses bytes that are not base64 or a type that is not one', async () => {
    expect(await invoke('cancelUpload', { uploadId: randomUUID() })).toEqual({ ok: true, value: { done: true } });
    const bad = await invoke('uploadMedia', { accountId: account.id, uploadId: randomUUID(), fileName: 'x.png', mimeType: 'image/png', dataBase64: 'not base64!' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const hostileType = await invoke('uploadMedia', { accountId: account.id, uploadId: randomUUID(), fileName: 'x.png', mimeType: 'image/png\r\nX-Injected: 1', dataBase64: 'AAAA' });
    expect(hostileType).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('mimeType') } });
  });
});
