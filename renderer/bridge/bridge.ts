import type { BridgeCall, BridgeInput, BridgeOutput } from '../../shared/bridge';
import type { BridgeApi } from '../../shared/bridgeApi';
import { noteServerCall, noteStreamConnected } from './connection';
import type { AtriumError, Result } from '../../shared/result';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the test host (Chromium): the only way to main. */
    readonly atrium: BridgeApi;
  }
}

/** A failed bridge call, thrown so that async UI code can use try/catch; its message is for people. */
export class BridgeError extends Error {
  readonly code: string;
  readonly retryAfter: number | undefined;
  readonly params: Readonly<Record<string, string>>;
  constructor(error: AtriumError) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
    this.retryAfter = error.retryAfter;
    this.params = error.params ?? {};
  }
}

/** Makes a bridge call and returns its value, or throws a BridgeError with the reason. */
export async function call<K extends BridgeCall>(name: K, input: BridgeInput<K>): Promise<BridgeOutput<K>> {
  // Indexing the API by a generic key loses the per-call pairing; the contract guarantees it.
  const invoke = window.atrium[name] as (input: BridgeInput<K>) => Promise<Result<BridgeOutput<K>>>;
  const result = await invoke(input);
  if (name === 'callMastodon') noteServerCall(result.ok ? { ok: true } : { ok: false, code: result.error.code });
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
}

/** Listens to a main-to-renderer event; returns the function that stops listening. */
export const onBridgeEvent: BridgeApi['on'] = (event, listener) => window.atrium.on(event, listener);

/** Keeps the connection state current from stream events, for the whole page; returns the stop function. */
export function watchStreamConnection(): () => void {
  return onBridgeEvent('streamState', ({ connected }) => {
    if (connected) noteStreamConnected();
  });
}
