/**
 * No stream outlives its account (issue 16.8): none for an account that is signing out or unknown,
 * none left open by a subscription made while the revoke was in flight, no retrying forever.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StreamHub, type StreamRequest } from '../../../../main/api/streamHub';
import { createHandlers, type HandlerDeps } from '../../../../main/bridge/handlers';
import type { AccountSummary } from '../../../../shared/domain';
import { AtriumFailure } from '../../../../shared/result';

afterEach(() => {
  vi.useRealTimers();
});

describe('a stream for an account that is gone', () => {
  it('stops for good, and says so, instead of retrying an unknown account forever', async () => {
    vi.useFakeTimers();
    const endpoint = vi.fn(async () => {
      throw new AtriumFailure('unknown_account', 'That account is not signed in on this computer.');
    });
    const states: unknown[] = [];
    const hub = new StreamHub({
      endpoint,
      emit: (event, payload) => void (event === 'streamState' && states.push(payload)),
      backoff: { initialMs: 10, maxMs: 100 },
    });
    const subscriptionId = hub.subscribe({ accountId: 'nobody@example.org', stream: 'user' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(endpoint).toHaveBeenCalledTimes(1);
    expect(states).toEqual([{ subscriptionId, connected: false }]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps retrying when the server is merely unreachable', async () => {
    vi.useFakeTimers();
    const endpoint = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const hub = new StreamHub({ endpoint, emit: () => undefined, backoff: { initialMs: 10, maxMs: 100 } });
    hub.subscribe({ accountId: 'a@example.org', stream: 'user' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(endpoint.mock.calls.length).toBeGreaterThan(3);
    hub.closeAll();
  });
});

describe('streams and sign-out in the bridge handlers', () => {
  const alice: AccountSummary = {
    id: 'a@example.org',
    instanceUrl: 'https://example.org',
    acct: 'alice',
    displayName: 'Alice',
    avatar: '',
    color: '#0072b2',
    needsSignIn: false,
  };

  /** Handlers over a hub that records what was asked of it, and a sign-out whose revoke the test finishes. */
  function setUp(accounts: AccountSummary[]) {
    const log: string[] = [];
    let finishRevoke: () => void = () => undefined;
    const streams = {
      subscribe: (request: StreamRequest) => {
        log.push(`subscribe ${request.accountId}`);
        return 'sub-1';
      },
      unsubscribe: () => undefined,
      closeAll: (accountId?: string) => void log.push(`closeAll ${accountId}`),
    };
    const accountsPort = {
      list: async () => ({ accounts, activeId: accounts[0]?.id ?? null }),
      signOut: async () => {
        log.push('revoke started');
        await new Promise<void>((resolve) => (finishRevoke = resolve));
        log.push('revoke done');
        return { revoked: true };
      },
    };
    const deps = {
      accounts: accountsPort,
      // Only what these handlers touch; the rest of StreamHub and the deps are not used here.
      streams: streams as unknown as StreamHub,
      forgetLocalData: async () => undefined,
    } as unknown as HandlerDeps;
    return { handlers: createHandlers(deps), log, finishRevoke: () => finishRevoke() };
  }

  it('refuses a stream while the account signs out, and closes its streams again after the revoke', async () => {
    const { handlers, log, finishRevoke } = setUp([alice]);
    const signingOut = handlers.signOut({ accountId: alice.id });
    await vi.waitFor(() => expect(log).toContain('revoke started'));
    await expect(handlers.subscribeStream({ accountId: alice.id, stream: 'user' })).rejects.toMatchObject({ code: 'signing_out' });
    finishRevoke();
    await signingOut;
    expect(log).toEqual([`closeAll ${alice.id}`, 'revoke started', 'revoke done', `closeAll ${alice.id}`]);
  });

  it('refuses a stream for an account that is unknown, or signed out here with its revoke pending', async () => {
    const { handlers, log } = setUp([{ ...alice, signOutPending: true }]);
    await expect(handlers.subscribeStream({ accountId: 'stranger@example.org', stream: 'user' })).rejects.toMatchObject({ code: 'unknown_account' });
    await expect(handlers.subscribeStream({ accountId: alice.id, stream: 'user' })).rejects.toMatchObject({ code: 'unknown_account' });
    expect(log).toEqual([]);
  });

  it('opens a stream for an account signed in here', async () => {
    const { handlers, log } = setUp([alice]);
    await expect(handlers.subscribeStream({ accountId: alice.id, stream: 'user' })).resolves.toEqual({ subscriptionId: 'sub-1' });
    expect(log).toEqual([`subscribe ${alice.id}`]);
  });
});
