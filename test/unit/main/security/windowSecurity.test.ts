/**
 * Electron's security checklist, one test per item the app relies on. Electron cannot run here, so
 * these test the plain modules that build the window's options and decide its handlers, and that the
 * glue (main/electron) wires exactly those; electronegativity.test.ts reads the glue as well.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cspDirective, rendererCsp } from '../../../../main/security/contentSecurityPolicy';
import { decideWindowOpen, grantsPermission, mayNavigate, rendererFile, secureWebPreferences } from '../../../../main/security/windowSecurity';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const glue = (file: string) => readFileSync(path.join(root, 'main/electron', file), 'utf8');
const packaged = secureWebPreferences({ preload: '/app/preload.cjs', packaged: true });

describe("the window's web preferences", () => {
  it('isolates the page: context isolation, sandbox, no Node in the page, its workers or frames', () => {
    expect(packaged).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('keeps web security on and refuses insecure content, experimental features and <webview>', () => {
    expect(packaged).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false, navigateOnDragDrop: false });
    // No Blink feature is switched on, and the old remote module is nowhere to be asked for.
    expect(Object.keys(packaged)).not.toContain('enableBlinkFeatures');
    expect(Object.keys(packaged)).not.toContain('enableRemoteModule');
  });

  it('has Developer Tools in development builds only', () => {
    expect(packaged.devTools).toBe(false);
    expect(secureWebPreferences({ preload: '/p', packaged: false }).devTools).toBe(true);
  });

  it('is what the glue gives the window, with the app-wide sandbox on', () => {
    expect(glue('mainWindow.ts')).toMatch(/webPreferences: secureWebPreferences\(\{ preload: options\.preload, packaged: app\.isPackaged \}\)/);
    expect(glue('main.ts')).toContain('app.enableSandbox();');
  });
});

describe('navigation and new windows', () => {
  it("lets the window show the app's own pages only", () => {
    expect(mayNavigate('app://atrium/index.html#home', 'app://atrium')).toBe(true);
    for (const url of ['https://social.example/', 'app://atrium.evil/', 'app://evil/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(mayNavigate(url, 'app://atrium'), url).toBe(false);
    }
  });

  it('opens no window; web and e-mail links go to the system browser, through the URL gate', () => {
    expect(decideWindowOpen('https://social.example/@ana')).toEqual({ action: 'deny', openExternally: 'https://social.example/@ana' });
    expect(decideWindowOpen('mailto:a@example.com?attach=/etc/passwd')).toEqual({ action: 'deny', openExternally: 'mailto:a@example.com' });
    for (const url of ['javascript:alert(1)', 'file:///C:/Windows/System32/calc.exe', 'smb://host/share', 'data:text/html,<script>x</script>']) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('is wired to will-navigate, will-redirect, will-attach-webview and the window-open handler', () => {
    const source = glue('mainWindow.ts');
    for (const wiring of ["on('will-navigate'", "on('will-redirect'", "on('will-attach-webview', (event) => event.preventDefault())", 'setWindowOpenHandler(']) {
      expect(source, wiring).toContain(wiring);
    }
    expect(source).toContain('decideWindowOpen(url)');
    // shell.openExternal has one caller, behind the URL gate.
    expect(source.match(/shell\.openExternal\(/g)).toHaveLength(1);
    expect(source).toMatch(/const safe = safeExternalUrl\(url\);\s+if \(safe\) await shell\.openExternal\(safe\);/);
  });
});

describe('permissions', () => {
  it('grants the page no permission at all, on request or on check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      expect(grantsPermission(permission), permission).toBe(false);
    }
    const main = glue('main.ts');
    expect(main).toContain('setPermissionRequestHandler((_contents, permission, callback) => callback(grantsPermission(permission)))');
    expect(main).toContain('setPermissionCheckHandler((_contents, permission) => grantsPermission(permission))');
  });
});

describe('the app:// scheme', () => {
  const dir = path.resolve('/opt/atrium/renderer');
  it('serves files inside the renderer folder', () => {
    expect(rendererFile(dir, 'app://atrium/')).toBe(path.join(dir, 'index.html'));
    expect(rendererFile(dir, 'app://atrium/assets/index-1a2b.js')).toBe(path.join(dir, 'assets/index-1a2b.js'));
  });

  it('never reads a file outside the folder, however the path climbs', () => {
    for (const url of ['app://atrium/../../etc/passwd', 'app://atrium/%2e%2e/%2e%2e/etc/passwd', 'app://atrium/..%2F..%2Fetc%2Fpasswd', 'app://atrium/assets/..%5C..%5C..%5Cetc%5Cpasswd']) {
      const file = rendererFile(dir, url);
      expect(file === null || file.startsWith(dir + path.sep), `${url} → ${file}`).toBe(true);
    }
    // Encoded slashes survive the URL parser and climb only once decoded: refused.
    expect(rendererFile(dir, 'app://atrium/..%2F..%2Fetc%2Fpasswd')).toBeNull();
  });

  it('refuses other hosts and schemes, NUL bytes and broken encodings', () => {
    for (const url of ['app://atrium/assets/%00.js', 'app://atrium/%E0%A4%A', 'app://evil/index.html', 'file:///etc/passwd', 'garbage']) {
      expect(rendererFile(dir, url), url).toBeNull();
    }
  });
});

describe('the Content-Security-Policy', () => {
  it('lets the page run only its own scripts and reach no network, in a packaged build', () => {
    const csp = rendererCsp({ allowInsecureMedia: false });
    expect(cspDirective(csp, 'script-src')).toEqual(["'self'"]);
    expect(cspDirective(csp, 'connect-src')).toEqual(["'none'"]);
    expect(cspDirective(csp, 'object-src')).toEqual(["'none'"]);
    expect(cspDirective(csp, 'img-src')).not.toContain('http:');
    expect(glue('appProtocol.ts')).toContain("headers.set('Content-Security-Policy', csp)");
  });
});

describe('the preload', () => {
  it('exposes the generated bridge functions only, never ipcRenderer itself', () => {
    const preload = glue('preload.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\(\s*'atrium',\s*createBridgeApi\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
  });
});
