import { vi } from 'vitest';
import type { BridgeCall } from '../../../shared/bridge';
import { createBridgeApi } from '../../../shared/bridgeApi';
import type { Result } from '../../../shared/result';

/** Answers for the bridge calls a test cares about; any other call fails loudly. */
export type FakeAnswers = Partial<Record<BridgeCall, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>>;

/** Installs `window.atrium` built from the real contract, answering from `answers`. */
export function installFakeBridge(answers: FakeAnswers) {
  const invoke = vi.fn(async (call: BridgeCall, input: unknown): Promise<Result<unknown>> => {
    const answer = answers[call];
    if (!answer) return { ok: false, error: { code: 'unexpected', message: `The test did not expect “${call}”.` } };
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
  return {
    invoke,
    emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
  };
}
