import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../shared/result';
import type { AccountSummary } from '../../../../shared/domain';
import { forgetAccountContexts } from '../../../../renderer/features/composer/accountContext';
import { resetComposer, useComposer } from '../../../../renderer/features/composer/composerStore';
import { loadLazyStrings } from '../../../../renderer/i18n/i18n';
import { useAtrium } from '../../../../renderer/store/store';
import { timelineKey } from '../../../../renderer/features/timelines/timelineSource';
import { status } from '../timelines/fixtures';
import { bridgeFailure, composerBasics, installComposerBridge } from './fakeComposerBridge';

const me: AccountSummary = { id: 'me@social.example', instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#0a7', needsSignIn: false };
const comms: AccountSummary = { ...me, id: 'comms@social.example', acct: 'comms', displayName: 'Comms', color: '#c60' };
const policy = { pinnedInstanceUrl: null, allowOtherInstances: true, defaultVisibility: 'public' as const, requireAltText: false, hideDemo: false, accentColor: null };
const homeKey = timelineKey(me.id, { kind: 'home' });

beforeAll(() => loadLazyStrings('composer'));

beforeEach(() => {
  useAtrium.setState({ accounts: [me, comms], activeAccountId: me.id, policy });
});

afterEach(() => {
  resetComposer();
  forgetAccountContexts();
});

const composer = () => useComposer.getState();

describe('the composer store', () => {
  it('starts a post with the account’s own defaults, more private than policy when the account says so', async () => {
    installComposerBridge(composerBasics);
    await composer().start({ kind: 'new' });
    expect(composer().draft).toMatchObject({ accountId: me.id, visibility: 'unlisted', language: 'es', text: '' });
  });

  it('sends with the draft’s idempotency key, keeps the text on failure, and a Retry reuses the same key', async () => {
    let tries = 0;
    const bridge = installComposerBridge({
      ...composerBasics,
      'v1.statuses.create': (call) => {
        tries += 1;
        if (tries === 1) throw bridgeFailure('network', 'The connection was lost.');
        return composerBasics['v1.statuses.create']!(call);
      },
    });
    useAtrium.setState({ timelines: { [homeKey]: { source: { kind: 'home' }, items: [{ type: 'status', id: '1' }], pendingNew: [], droppedNew: 0, status: 'ready', error: null, older: null, loadingOlder: false, olderError: null, fillingGap: null } } });
    await composer().start({ kind: 'new' });
    composer().update({ text: 'Lunch is on the terrace today' });
    const draftId = composer().draft!.id;

    await expect(composer().send()).resolves.toBe(false);
    expect(composer().phase).toBe('failed');
    expect(composer().error).toContain('The connection was lost.');
    expect(composer().draft?.text).toBe('Lunch is on the terrace today');
    expect(bridge.drafts.has(draftId)).toBe(true);

    await expect(composer().send()).resolves.toBe(true);
    const keys = bridge.callsTo('v1.statuses.create').map((call) => call.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    // Sent: the draft is gone, and the post tops Home at once.
    expect(composer().draft).toBeNull();
    expect(bridge.drafts.has(draftId)).toBe(false);
    expect(useAtrium.getState().timelines[homeKey]?.items[0]).toEqual({ type: 'status', id: '900' });
    expect(useAtrium.getState().statuses['900']).toBeDefined();
  });

  it('gives every new draft its own key, so two posts are never taken for one', async () => {
    const bridge = installComposerBridge(composerBasics);
    for (const text of ['first', 'second']) {
      await composer().start({ kind: 'new' });
      composer().update({ text });
      await composer().send();
    }
    const [first, second] = bridge.callsTo('v1.statuses.create').map((call) => call.idempotencyKey);
    expect(first).not.toBe(second);
  });

  it('refuses to send without alt text when the policy requires it, and says why', async () => {
    const bridge = installComposerBridge(composerBasics);
    useAtrium.setState({ policy: { ...policy, requireAltText: true } });
    await composer().start({ kind: 'new' });
    composer().update({ text: 'Chart', media: [{ id: 'm1', type: 'image', previewUrl: null, description: ' ', focus: null }] });
    await expect(composer().send()).resolves.toBe(false);
    expect(composer().problem).toEqual({ code: 'altTextMissing', count: 1 });
    expect(bridge.callsTo('v1.statuses.create')).toHaveLength(0);
  });

  it('gives attachments their alt text and focal point before posting', async () => {
    const bridge = installComposerBridge({ ...composerBasics, 'v1.media.$select.update': () => ({}) });
    await composer().start({ kind: 'new' });
    composer().update({ text: 'Photo', media: [{ id: 'm1', type: 'image', previewUrl: null, description: 'A harbour', focus: { x: 0.5, y: -0.25 } }] });
    await composer().send();
    expect(bridge.callsTo('v1.media.$select.update')[0]?.params).toEqual({ description: 'A harbour', focus: '0.50,-0.25' });
    expect(bridge.callsTo('v1.statuses.create')[0]?.params).toMatchObject({ mediaIds: ['m1'] });
  });

  it('finds the post replied to on the other account’s server before sending as that account', async () => {
    useAtrium.getState().upsertStatuses([status('40', { url: 'https://social.example/@ana/40' })]);
    const bridge = installComposerBridge({ ...composerBasics, 'v2.search.list': () => ({ data: { accounts: [], hashtags: [], statuses: [status('77')] } }) });
    await composer().start({ kind: 'reply', statusId: '40' });
    expect(composer().draft?.inReplyTo).toEqual({ id: '40', url: 'https://social.example/@ana/40', acct: 'ana' });
    await composer().setPostingAccount(comms.id);
    expect(bridge.callsTo('v2.search.list')[0]).toMatchObject({ accountId: comms.id, params: { q: 'https://social.example/@ana/40', resolve: true } });
    expect(composer().draft).toMatchObject({ accountId: comms.id, inReplyTo: { id: '77' } });
    expect(composer().target).toBe('ok');
    await composer().send();
    expect(bridge.callsTo('v1.statuses.create')[0]).toMatchObject({ accountId: comms.id, params: { inReplyToId: '77' } });
  });

  it('blocks sending with a clear reason when the other account’s server cannot find the post', async () => {
    useAtrium.getState().upsertStatuses([status('40')]);
    const bridge = installComposerBridge({ ...composerBasics, 'v2.search.list': () => ({ data: { accounts: [], hashtags: [], statuses: [] } }) });
    await composer().start({ kind: 'reply', statusId: '40' });
    await composer().setPostingAccount(comms.id);
    expect(composer().target).toBe('missing');
    await expect(composer().send()).resolves.toBe(false);
    expect(composer().problem).toEqual({ code: 'replyNotFound' });
    expect(bridge.callsTo('v1.statuses.create')).toHaveLength(0);
  });

  it('saves an edit with the post’s media and no idempotency key', async () => {
    const published = status('55', { mediaAttachments: [{ id: 'm9', type: 'image', url: 'u', previewUrl: 'p', description: 'old', meta: null } as never] });
    useAtrium.getState().upsertStatuses([published]);
    const bridge = installComposerBridge({
      ...composerBasics,
      'v1.statuses.$select.source.fetch': () => ({ id: '55', text: 'Original', spoilerText: '' }),
      'v1.statuses.$select.update': () => status('55', { content: '<p>Changed</p>', editedAt: '2025-03-02T00:00:00.000Z' }),
    });
    await composer().start({ kind: 'edit', statusId: '55' });
    expect(composer().draft).toMatchObject({ text: 'Original', editingStatusId: '55', media: [{ id: 'm9', description: 'old' }] });
    composer().update({ text: 'Changed' });
    await composer().send();
    const [update] = bridge.callsTo('v1.statuses.$select.update');
    expect(update).toMatchObject({ path: ['v1', 'statuses', { select: '55' }, 'update'], params: { status: 'Changed', mediaIds: ['m9'], mediaAttributes: [{ id: 'm9', description: 'old' }] } });
    expect(update?.idempotencyKey).toBeUndefined();
    expect(useAtrium.getState().statuses['55']?.content).toBe('<p>Changed</p>');
  });
});

describe('uploads', () => {
  it('follow progress, attach the finished file, and a cancelled one simply goes away', async () => {
    const bridge = installComposerBridge(composerBasics);
    const pending = new Map<string, { resolve(value: unknown): void; input: { uploadId: string; fileName: string } }>();
    const answers = {
      uploadMedia: (input: unknown) =>
        new Promise<Result<unknown>>((resolve) => {
          const upload = input as { uploadId: string; fileName: string };
          pending.set(upload.fileName, { resolve: (value) => resolve(value as Result<unknown>), input: upload });
        }),
      cancelUpload: (input: unknown) => {
        const { uploadId } = input as { uploadId: string };
        for (const entry of pending.values()) {
          if (entry.input.uploadId === uploadId) entry.resolve({ ok: false, error: { code: 'upload_cancelled', message: 'Cancelled.' } });
        }
        return { ok: true, value: { done: true } } as Result<unknown>;
      },
    };
    bridge.answer(answers);
    await composer().start({ kind: 'new' });
    const adding = composer().addFiles([new File(['a'], 'harbour.png', { type: 'image/png' }), new File(['b'], 'crane.png', { type: 'image/png' })]);
    await vi.waitFor(() => expect(pending.size).toBe(2));
    const harbour = pending.get('harbour.png')!;
    bridge.emit('uploadProgress', { uploadId: harbour.input.uploadId, phase: 'uploading', loaded: 50, total: 100 });
    expect(composer().uploads.find((upload) => upload.fileName === 'harbour.png')).toMatchObject({ phase: 'uploading', loaded: 50, total: 100 });

    composer().cancelUpload(pending.get('crane.png')!.input.uploadId);
    harbour.resolve({ ok: true, value: { id: 'm1', type: 'image', url: 'https://social.example/m1.png', previewUrl: 'https://social.example/m1s.png', description: null, meta: null } });
    await adding;
    expect(composer().uploads).toEqual([]);
    expect(composer().draft?.media).toEqual([{ id: 'm1', type: 'image', previewUrl: 'https://social.example/m1s.png', description: '', focus: null }]);
  });

  it('keep a refused file’s row with the reason in plain words', async () => {
    const bridge = installComposerBridge(composerBasics);
    bridge.answer({
      uploadMedia: () => ({ ok: false, error: { code: 'media_too_large', message: 'Too large.', params: { fileName: 'big.png', size: String(20 * 1_048_576), limit: String(16 * 1_048_576) } } }),
    });
    await composer().start({ kind: 'new' });
    await composer().addFiles([new File(['x'], 'big.png', { type: 'image/png' })]);
    expect(composer().uploads[0]?.error).toBe('It is 20 MB; your server takes files up to 16 MB.');
    expect(composer().draft?.media).toEqual([]);
  });
});

describe('attachments in the draft', () => {
  it('move by keyboard buttons within the list, say their new place, and drop out when removed', async () => {
    installComposerBridge(composerBasics);
    await composer().start({ kind: 'new' });
    const item = (id: string) => ({ id, type: 'image', previewUrl: null, description: id, focus: null });
    composer().update({ media: [item('a'), item('b'), item('c')] });
    composer().moveMedia('c', -1);
    expect(composer().draft?.media.map((media) => media.id)).toEqual(['a', 'c', 'b']);
    expect(composer().announcement).toEqual({ key: 'composer.media.moved', values: { number: 2 } });
    composer().moveMedia('a', -1);
    expect(composer().draft?.media.map((media) => media.id)).toEqual(['a', 'c', 'b']);
    composer().removeMedia('c');
    composer().updateMedia('b', { focus: { x: 0.5, y: 0.5 } });
    expect(composer().draft?.media).toEqual([item('a'), { ...item('b'), focus: { x: 0.5, y: 0.5 } }]);
  });
});

it('never sends as the account being left: Send waits for a change of posting account to finish', async () => {
  useAtrium.getState().upsertStatuses([status('40')]);
  let answer: (value: unknown) => void = () => undefined;
  const bridge = installComposerBridge({
    ...composerBasics,
    'v2.search.list': () => new Promise((resolve) => (answer = resolve)),
  });
  await composer().start({ kind: 'reply', statusId: '40' });
  composer().update({ text: '@ana thanks' });
  const switching = composer().setPostingAccount(comms.id);
  const sending = composer().send();
  await vi.waitFor(() => expect(bridge.callsTo('v2.search.list')).toHaveLength(1));
  expect(bridge.callsTo('v1.statuses.create')).toHaveLength(0);
  answer({ data: { accounts: [], hashtags: [], statuses: [status('77')] } });
  await switching;
  await expect(sending).resolves.toBe(true);
  expect(bridge.callsTo('v1.statuses.create')).toMatchObject([{ accountId: comms.id, params: { inReplyToId: '77' } }]);
});
