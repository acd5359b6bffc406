import { describe, expect, it } from 'vitest';
import { BridgeError } from '../../../../renderer/bridge/bridge';
import { remoteClient } from '../../../../renderer/bridge/remoteClient';
import { installFakeBridge } from '../fakeBridge';

describe('the typed masto remote', () => {
  it('records a list call and answers one page with its neighbours', async () => {
    const bridge = installFakeBridge({
      callMastodon: () => ({ ok: true, value: { data: [{ id: '2' }], next: { max_id: '2' } } }),
    });
    const page = await remoteClient('me@social.example').v1.timelines.home.list({ limit: 40 });
    expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', {
      accountId: 'me@social.example',
      path: ['v1', 'timelines', 'home', 'list'],
      params: { limit: 40 },
      idempotencyKey: undefined,
    });
    expect(page).toEqual({ items: [{ id: '2' }], next: { max_id: '2' }, prev: undefined });
  });

  it('turns $select(id) into a path segment and passes the idempotency key', async () => {
    const bridge = installFakeBridge({ callMastodon: () => ({ ok: true, value: { data: { id: '9' } } }) });
    const client = remoteClient('a');
    await expect(client.v1.statuses.$select('9').favourite()).resolves.toEqual({ id: '9' });
    await client.v1.statuses.create({ status: 'Hello' }, { idempotencyKey: 'k1' });
    expect(bridge.invoke.mock.calls.map(([, input]) => input)).toEqual([
      { accountId: 'a', path: ['v1', 'statuses', { select: '9' }, 'favourite'], params: undefined, idempotencyKey: undefined },
      { accountId: 'a', path: ['v1', 'statuses', 'create'], params: { status: 'Hello' }, idempotencyKey: 'k1' },
    ]);
  });

  it('throws the reason main gave when the call fails', async () => {
    installFakeBridge({ callMastodon: () => ({ ok: false, error: { code: 'call_not_allowed', message: 'Atrium does not allow it.' } }) });
    const failure = remoteClient('a').v1.timelines.home.list();
    await expect(failure).rejects.toBeInstanceOf(BridgeError);
    await expect(failure).rejects.toMatchObject({ code: 'call_not_allowed', message: 'Atrium does not allow it.' });
  });

  it('is not mistaken for a promise', () => {
    expect((remoteClient('a') as unknown as { then?: unknown }).then).toBeUndefined();
  });
});
