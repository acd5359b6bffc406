import path from 'node:path';
import { isSameOrigin, safeExternalUrl } from './urlGate';

/**
 * The window's web preferences, item by item of Electron's security checklist. The glue passes this
 * object to `BrowserWindow` as it is (Electron's own type checks it there), so what these tests pin is
 * what the window gets.
 */
export interface SecureWebPreferences {
  readonly preload: string;
  readonly sandbox: true;
  readonly contextIsolation: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly spellcheck: true;
  readonly devTools: boolean;
}

/** The locked-down preferences of Atrium's window; Developer Tools only in a development build. */
export function secureWebPreferences(options: { preload: string; packaged: boolean }): SecureWebPreferences {
  return {
    preload: options.preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    spellcheck: true,
    // No Developer Tools in what people install, by menu, shortcut or otherwise.
    devTools: !options.packaged,
  };
}

/** `will-navigate` and `will-redirect`: the window only ever shows the app's own pages. */
export function mayNavigate(url: string, appOrigin: string): boolean {
  return isSameOrigin(url, appOrigin);
}

/**
 * `setWindowOpenHandler`: no window is ever opened (a middle click or `target=_blank` included); a web or
 * e-mail link that passes the URL gate goes to the system browser instead, anything else nowhere.
 */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: safeExternalUrl(url) };
}

/** Permission requests and checks (camera, microphone, location, notifications, …): Atrium's page needs none. */
export function grantsPermission(_permission: string): false {
  return false;
}

/**
 * The file an `app://atrium/…` request may read: inside the renderer folder, whatever the request's
 * encoding, or null (served as 404). Serving from a custom scheme rather than `file://` gives the page
 * an origin of its own that the bridge can check.
 */
export function rendererFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'app:' || url.host !== 'atrium') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${decoded}`);
  return file !== root && file.startsWith(root + path.sep) && !decoded.includes('\0') ? file : null;
}
