import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, screen, shell } from 'electron';
import { defaultWindowState, restoreWindowState, type WindowState } from '../settings/windowState';
import { safeExternalUrl } from '../security/urlGate';
import { decideWindowOpen, mayNavigate, secureWebPreferences } from '../security/windowSecurity';
import { appOrigin } from './appProtocol';

/** Opens a link with the operating system, if the URL gate allows it; the one door to `shell.openExternal`. */
export async function openExternal(url: string): Promise<void> {
  const safe = safeExternalUrl(url);
  if (safe) await shell.openExternal(safe);
}

/** Creates the main window, locked down (main/security/windowSecurity.ts): sandboxed, isolated, no Node, navigation kept inside the app. */
export async function createMainWindow(options: { preload: string; userData: string }): Promise<BrowserWindow> {
  const stateFile = path.join(options.userData, 'window-state.json');
  const saved = restoreWindowState(await readJson(stateFile), screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow({
    ...(saved ?? defaultWindowState),
    minWidth: 480,
    minHeight: 400,
    show: false,
    title: 'Atrium',
    webPreferences: secureWebPreferences({ preload: options.preload, packaged: app.isPackaged }),
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  window.webContents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, appOrigin)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url, appOrigin)) event.preventDefault();
  });
  // No <webview> may be attached (webviewTag is off too): it would be a page outside every rule above.
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    const { action, openExternally } = decideWindowOpen(url);
    if (openExternally) void openExternal(openExternally);
    return { action };
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
