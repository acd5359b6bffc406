import { describe, expect, it, vi } from 'vitest';
import { createBridgeServer, type BridgeHandlers } from '../../../../main/bridge/bridgeServer';
import { AtriumFailure } from '../../../../shared/result';

const origin = 'app://atrium';

function serverWith(overrides: Partial<BridgeHandlers> = {}) {
  const unused = async () => {
    throw new Error('not used in this test');
  };
  const handlers = {
    getAppInfo: async () => ({ version: '1.0.0', platform: 'linux', demoInstanceUrl: null }),
    getPolicy: unused,
    listAccounts: unused,
    switchAccount: unused,
    probeInstance: unused,
    signIn: unused,
    cancelSignIn: unused,
    signOut: unused,
    callMastodon: unused,
    readHomeCache: unused,
    writeHomeCache: unused,
    subscribeStream: unused,
    unsubscribeStream: unused,
    markNotificationsSeen: unused,
    openExternal: unused,
    ...overrides,
  } as BridgeHandlers;
  const log = vi.fn();
  return { server: createBridgeServer(handlers, origin, log), log };
}

describe('the bridge server', () => {
  it('answers a valid call with its value', async () => {
    const { server } = serverWith();
    await expect(server.invoke('getAppInfo', `${origin}/index.html`, {})).resolves.toEqual({
      ok: true,
      value: { version: '1.0.0', platform: 'linux', demoInstanceUrl: null },
    });
  });

  it('refuses malformed input with a message naming the call and the field', async () => {
    const switchAccount = vi.fn(async () => ({ done: true as const }));
    const { server } = serverWith({ switchAccount });
    const result = await server.invoke('switchAccount', `${origin}/`, { accountId: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!result.ok && result.error.message).toMatch(/“switchAccount” was malformed \(at accountId\)/);
    expect(switchAccount).not.toHaveBeenCalled();
  });

  it('refuses a masto call whose id or step could leave its API path', async () => {
    const callMastodon = vi.fn(async () => ({ data: null }));
    const { server } = serverWith({ callMastodon });
    for (const path of [
      ['v1', 'accounts', { select: '../admin/accounts' }, 'fetch'],
      ['v1', 'statuses', { select: '1?x=' }, 'favourite'],
      ['v1', 'statuses', { select: '%2e%2e' }, 'fetch'],
      ['v1', 'accounts', '$select', 'fetch'],
      ['v1', 'timelines', 'home', 'list', '$raw'],
    ]) {
      await expect(server.invoke('callMastodon', `${origin}/`, { accountId: 'a', path })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    await expect(server.invoke('callMastodon', `${origin}/`, { accountId: 'a', path: ['v1', 'timelines', 'tag', { select: 'café_2026' }, 'list'] })).resolves.toMatchObject({ ok: true });
    expect(callMastodon).toHaveBeenCalledTimes(1);
  });

  it('refuses extra keys where the contract is strict', async () => {
    const { server } = serverWith();
    const result = await server.invoke('getAppInfo', `${origin}/`, { token: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses calls from another origin, including look-alike hosts', async () => {
    const { server } = serverWith();
    for (const sender of ['https://evil.example/', 'app://atrium.evil/', 'file:///index.html', 'not a url']) {
      await expect(server.invoke('getAppInfo', sender, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
  });

  it('refuses a call the contract does not name, even an inherited property', async () => {
    const { server } = serverWith();
    for (const name of ['readTokens', 'constructor', '__proto__', 'toString']) {
      await expect(server.invoke(name, `${origin}/`, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
  });

  it('names an unknown call in its answer by a short, printable part of the name only', async () => {
    const { server } = serverWith();
    const answer = await server.invoke(`evil\u202e\u0000${'x'.repeat(100_000)}`, `${origin}/`, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    const message = answer.ok ? '' : answer.error.message;
    expect(message.length).toBeLessThan(120);
    expect(message.includes('\u202e') || message.includes('\u0000')).toBe(false);
  });

  it('passes a deliberate failure through and hides the details of an unexpected one', async () => {
    const { server, log } = serverWith({
      switchAccount: async () => {
        throw new AtriumFailure('no_such_account', 'That account is not signed in.');
      },
      listAccounts: async () => {
        throw new Error('ENOENT /secret/path');
      },
    });
    await expect(server.invoke('switchAccount', `${origin}/`, { accountId: 'a' })).resolves.toEqual({
      ok: false,
      error: { code: 'no_such_account', message: 'That account is not signed in.' },
    });
    const hidden = await server.invoke('listAccounts', `${origin}/`, {});
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith('listAccounts', expect.any(Error));
  });

  it('checks what a handler answers against the contract', async () => {
    const { server } = serverWith({ getAppInfo: async () => ({ version: 1 }) as never });
    await expect(server.invoke('getAppInfo', `${origin}/`, {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
