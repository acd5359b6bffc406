import { vi } from 'vitest';
import type { BridgeCall } from '../../../shared/bridge';
import { createBridgeApi } from '../../../shared/bridgeApi';
import type { Result } from '../../../shared/result';

/** Answers for the bridge calls a test cares about; any other call fails loudly. */
export type FakeAnswers = Partial<Record<BridgeCall, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>>;

const unexpected = (call: BridgeCall): Result<never> => ({ ok: false, error: { code: 'unexpected', message: `The test did not expect “${call}”.` } });

/**
 * Main's `openSession` from a test's answers for its parts, unless the test answers it itself: app info, policy
 * and accounts, and the active account's kept Home (`readHomeCache`, none if not answered or failed, as in main).
 */
async function openSession(answers: FakeAnswers): Promise<Result<unknown>> {
  const { getAppInfo, getPolicy, listAccounts, readHomeCache } = answers;
  if (!getAppInfo || !getPolicy || !listAccounts) return unexpected('openSession');
  const [appInfo, policy, accounts] = await Promise.all([getAppInfo({}), getPolicy({}), listAccounts({})]);
  if (!appInfo.ok) return appInfo;
  if (!policy.ok) return policy;
  if (!accounts.ok) return accounts;
  const list = accounts.value as { accounts: { id: string; signOutPending?: boolean; blockedByPolicy?: boolean }[]; activeId: string | null };
  const active = list.accounts.find((account) => account.id === list.activeId && !account.signOutPending && !account.blockedByPolicy);
  const kept = active && readHomeCache ? await readHomeCache({ accountId: active.id }) : null;
  const home = active ? { accountId: active.id, kept: kept?.ok ? kept.value : null } : null;
  return { ok: true, value: { appInfo: appInfo.value, policy: policy.value, accounts: list, home } };
}

/** Installs `window.atrium` built from the real contract, answering from `answers`. */
export function installFakeBridge(answers: FakeAnswers) {
  const invoke = vi.fn(async (call: BridgeCall, input: unknown): Promise<Result<unknown>> => {
    const answer = answers[call];
    if (!answer) return call === 'openSession' ? openSession(answers) : unexpected(call);
    return answer(input);
  });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  Object.defineProperty(window, 'atrium', {
    configurable: true,
    value: createBridgeApi(invoke, (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    }),
  });
  // The openSession that createBridgeApi asks for as it is built is the preload's, not the page's: tests count what the page asks.
  invoke.mockClear();
  return {
    invoke,
    emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
  };
}
