// Runs in the page before the app, standing in for Electron's preload: builds `window.atrium`
// from the same contract, carried by Playwright bindings instead of IPC.
import { createBridgeApi, type BridgeCallName, type BridgeEventName } from '../../../shared/bridgeApi';
import type { Result } from '../../../shared/result';

type HostWindow = Window & {
  /** The host's binding: the bridge's answer as JSON text (see testHost.ts). */
  __atriumInvoke?: (call: BridgeCallName, input: unknown) => Promise<string>;
  __atriumEmit?: (event: BridgeEventName, payload: unknown) => void;
};

const host = window as HostWindow;
const listeners = new Map<BridgeEventName, Set<(payload: unknown) => void>>();

host.__atriumEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

// Chromium also runs init scripts in a new page's first, empty document; Electron's preload runs only in the app's
// page. Building the bridge there would send the early openSession from a document main does not trust.
if (location.href !== 'about:blank') installBridge();

function installBridge(): void {
  Object.defineProperty(window, 'atrium', {
    value: createBridgeApi(
      async (call, input) => {
        if (!host.__atriumInvoke) throw new Error('The test host did not expose the bridge.');
        return JSON.parse(await host.__atriumInvoke(call, input)) as Result<unknown>;
      },
      (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    ),
  });
}
