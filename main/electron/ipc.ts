import { ipcMain, type WebContents } from 'electron';
import { bridgeContract, type BridgeCall, type BridgeEvent, type BridgeEventPayload } from '../../shared/bridge';
import { callChannel, eventChannel } from '../../shared/bridgeApi';
import type { BridgeServer } from '../bridge/bridgeServer';

/**
 * Routes every contract call from IPC to the bridge server, with the sending frame's URL for the origin check.
 * Registered before the server exists (the window loads while main starts): a call made meanwhile waits for it.
 */
export function registerBridgeIpc(server: Promise<BridgeServer>): void {
  for (const call of Object.keys(bridgeContract) as BridgeCall[]) {
    ipcMain.handle(callChannel(call), async (event, input: unknown) => {
      // Read now: the frame may have navigated by the time the server is there.
      const url = event.senderFrame?.url ?? '';
      return (await server).invoke(call, url, input);
    });
  }
}

/** Sends a main-to-renderer event to a window, if it is still there. */
export function sendBridgeEvent<E extends BridgeEvent>(contents: WebContents | undefined, event: E, payload: BridgeEventPayload<E>): void {
  if (contents && !contents.isDestroyed()) contents.send(eventChannel(event), payload);
}
