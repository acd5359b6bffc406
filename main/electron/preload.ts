// The preload: exposes exactly the contract's calls as `window.atrium`, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { callChannel, createBridgeApi, eventChannel } from '../../shared/bridgeApi';
import type { Result } from '../../shared/result';

contextBridge.exposeInMainWorld(
  'atrium',
  createBridgeApi(
    (call, input) => ipcRenderer.invoke(callChannel(call), input) as Promise<Result<unknown>>,
    (event, listener) => {
      const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(eventChannel(event), forward);
      return () => ipcRenderer.off(eventChannel(event), forward);
    },
  ),
);
