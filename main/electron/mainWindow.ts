import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, screen, shell } from 'electron';
import { defaultWindowState, restoreWindowState, type WindowState } from '../settings/windowState';
import { isSameOrigin, safeExternalUrl } from '../security/urlGate';
import { appOrigin } from './appProtocol';

/** Opens a link with the operating system, if the URL gate allows it; the one door to `shell.openExternal`. */
export async function openExternal(url: string): Promise<void> {
  const safe = safeExternalUrl(url);
  if (safe) await shell.openExternal(safe);
}

/** Creates the main window, locked down: sandboxed, isolated, no Node, navigation kept inside the app. */
export async function createMainWindow(options: { preload: string; userData: string }): Promise<BrowserWindow> {
  const stateFile = path.join(options.userData, 'window-state.json');
  const saved = restoreWindowState(await readJson(stateFile), screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow({
    ...(saved ?? defaultWindowState),
    minWidth: 480,
    minHeight: 400,
    show: false,
    title: 'Atrium',
    webPreferences: {
      preload: options.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // No Developer Tools in what people install, by menu, shortcut or otherwise.
      devTools: !app.isPackaged,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  window.webContents.on('will-navigate', (event, url) => {
    if (!isSameOrigin(url, appOrigin)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
  window.on('close', () => void writeFile(stateFile, JSON.stringify(currentState(window))).catch(() => undefined));

  await window.loadURL(`${appOrigin}/index.html`);
  return window;
}

function currentState(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, maximized: window.isMaximized() };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}
