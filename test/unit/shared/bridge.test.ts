import { describe, expect, it, vi } from 'vitest';
import { bridgeContract, bridgeEvents, mastoPathSegmentSchema } from '../../../shared/bridge';
import { bridgeCallNames, bridgeEventNames, createBridgeApi } from '../../../shared/bridgeApi';

describe('the bridge API built from the contract', () => {
  it('names exactly the calls and events of the contract', () => {
    expect([...bridgeCallNames].sort()).toEqual(Object.keys(bridgeContract).sort());
    expect([...bridgeEventNames].sort()).toEqual(Object.keys(bridgeEvents).sort());
  });

  it('has exactly one function per contract entry, plus on()', () => {
    const api = createBridgeApi(vi.fn(async () => ({ ok: true as const, value: {} })), vi.fn());
    expect(Object.keys(api).sort()).toEqual([...Object.keys(bridgeContract), 'on'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call under its own name', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: { done: true } }));
    const api = createBridgeApi(invoke, vi.fn());
    await api.switchAccount({ accountId: 'x' });
    expect(invoke).toHaveBeenCalledWith('switchAccount', { accountId: 'x' });
  });

  it('asks for the session as it is built, and hands that answer to the first openSession only', async () => {
    let answers = 0;
    const invoke = vi.fn(async () => ({ ok: true as const, value: { answer: ++answers } }));
    const api = createBridgeApi(invoke, vi.fn());
    expect(invoke.mock.calls).toEqual([['openSession', {}]]);
    expect(await api.openSession({})).toEqual({ ok: true, value: { answer: 1 } });
    expect(await api.openSession({})).toEqual({ ok: true, value: { answer: 2 } });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('asks again when the answer asked for early could not be carried', async () => {
    const invoke = vi.fn().mockRejectedValueOnce(new Error('The bridge was not there yet.')).mockResolvedValue({ ok: true, value: { answer: 'late' } });
    const api = createBridgeApi(invoke, vi.fn());
    expect(await api.openSession({})).toEqual({ ok: true, value: { answer: 'late' } });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('documents every call', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../../shared/bridge.ts', import.meta.url), 'utf8');
    for (const call of Object.keys(bridgeContract)) {
      expect(source, call).toMatch(new RegExp(`/\\*\\*[^]*?\\*/\\s*\\n\\s*${call}:`));
    }
  });

  it('lets ids, hashtags and emoji reactions through as selected segments, never a path', () => {
    for (const select of ['109876543210', 'café', '01HZXW3J5K', '🎉', '❤️', '👍🏽', '🧑‍💻', 'party_parrot']) {
      expect(mastoPathSegmentSchema.safeParse({ select }).success, select).toBe(true);
    }
    for (const select of ['../admin', 'a/b', '%2F', 'a b', '', 'x?y=1']) {
      expect(mastoPathSegmentSchema.safeParse({ select }).success, select).toBe(false);
    }
  });
});
