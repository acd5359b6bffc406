// The runtime half of the bridge that both preloads bundle. It holds no schemas (and so no zod),
// keeping the sandboxed preload small; bridge.ts checks that the names match its contract.
import type { BridgeCall, BridgeEvent, BridgeEventPayload, BridgeInput, BridgeOutput } from './bridge';
import type { Result } from './result';

/** Every call in the contract, by name. */
export const bridgeCallNames = [
  'getAppInfo',
  'getPolicy',
  'listAccounts',
  'openSession',
  'switchAccount',
  'probeInstance',
  'signIn',
  'cancelSignIn',
  'signOut',
  'forgetAccount',
  'callMastodon',
  'readHomeCache',
  'writeHomeCache',
  'subscribeStream',
  'unsubscribeStream',
  'markNotificationsSeen',
  'openExternal',
  'readPostingSlots',
  'writePostingSlots',
  'watchScheduled',
  'listDrafts',
  'saveDraft',
  'deleteDraft',
  'uploadMedia',
  'cancelUpload',
  'readDirectory',
  'refreshDirectory',
  'getCapabilities',
  'getKeychainState',
] as const;
export type BridgeCallName = (typeof bridgeCallNames)[number];

/** Every main-to-renderer event, by name. */
export const bridgeEventNames = ['streamEvent', 'streamState', 'accountsChanged', 'uploadProgress', 'directoryProgress', 'policyChanged', 'openLink'] as const;
export type BridgeEventName = (typeof bridgeEventNames)[number];

/** The IPC channel that carries a call (Electron) or its binding name (test host). */
export const callChannel = (call: BridgeCallName): string => `atrium:${call}`;
/** The IPC channel that carries an event. */
export const eventChannel = (event: BridgeEventName): string => `atrium-event:${event}`;

/** What the page sees as `window.atrium`: one function per call, and a way to listen. */
export type BridgeApi = {
  readonly [K in BridgeCall]: (input: BridgeInput<K>) => Promise<Result<BridgeOutput<K>>>;
} & {
  readonly on: <E extends BridgeEvent>(event: E, listener: (payload: BridgeEventPayload<E>) => void) => () => void;
};

/**
 * Builds `window.atrium` from the call names, so the preload (Electron) and the
 * test host (Chromium) expose exactly the same functions.
 *
 * `openSession` is asked for here, as the preload runs, so main reads the first screen's accounts and kept
 * Home while the page's scripts are still loading. The page's first `openSession` takes that answer (or asks
 * again if it could not be carried); every later one asks afresh.
 */
export function createBridgeApi(
  invoke: (call: BridgeCallName, input: unknown) => Promise<Result<unknown>>,
  listen: (event: BridgeEventName, listener: (payload: unknown) => void) => () => void,
): BridgeApi {
  const calls: Record<string, (input: unknown) => Promise<Result<unknown>>> = Object.fromEntries(
    bridgeCallNames.map((call) => [call, (input: unknown) => invoke(call, input ?? {})]),
  );
  let opening: Promise<Result<unknown>> | null = invoke('openSession', {});
  // A page that never asks must not leave a failure unhandled.
  opening.catch(() => undefined);
  calls['openSession'] = () => {
    const early = opening;
    opening = null;
    return early ? early.catch(() => invoke('openSession', {})) : invoke('openSession', {});
  };
  // The cast is the one place where the mapped type meets the runtime table built above.
  return Object.freeze({ ...calls, on: listen }) as unknown as BridgeApi;
}
