// Atrium's main process: adapts the plain modules in main/ to Electron and nothing more.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, Notification, session, type BrowserWindow } from 'electron';
import { createAccountService } from '../accounts/createAccountService';
import { createAtriumCore } from '../atrium';
import { bundledPolicyText } from '../policy/builtInPolicy';
import { loadPolicy, toPublicPolicy, type LoadPolicyOptions } from '../policy/policy';
import { policyFilePath } from '../policy/policyFile';
import { watchPolicyFile } from '../policy/policyWatcher';
import { rendererCsp } from '../security/contentSecurityPolicy';
import { grantsPermission } from '../security/windowSecurity';
import { KeytarSecretStore } from '../vault/keytarSecretStore';
import { setAppMenu } from './appMenu';
import { appOrigin, registerAppScheme, serveRenderer } from './appProtocol';
import { registerBridgeIpc, sendBridgeEvent } from './ipc';
import { createMainWindow, openExternal } from './mainWindow';

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    mainWindow = await start();
  });
}

async function start(): Promise<BrowserWindow | undefined> {
  const policyOptions: LoadPolicyOptions = {
    platform: process.platform,
    env: process.env,
    // A packaged app reads the machine's policy file only; ATRIUM_POLICY_FILE is for development.
    packaged: app.isPackaged,
    builtIn: bundledPolicyText(),
    readFile: (file) => readFile(file, 'utf8'),
  };
  let policy;
  try {
    policy = await loadPolicy(policyOptions);
  } catch (error) {
    // Fail closed: running without the rules IT set would be worse than not running.
    dialog.showErrorBox('Atrium cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return undefined;
  }

  setAppMenu();
  // Atrium needs no camera, microphone, location or notifications permission from web content.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(grantsPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => grantsPermission(permission));
  serveRenderer(path.join(__dirname, '../renderer'), rendererCsp({ allowInsecureMedia: !app.isPackaged }));

  // Events may be sent before the window exists; they are dropped until it does.
  const target: { window?: BrowserWindow } = {};
  const accounts = createAccountService({
    dataDir: app.getPath('userData'),
    secretStore: new KeytarSecretStore(),
    openBrowser: openExternal,
    policy,
  });
  const core = createAtriumCore({
    appInfo: {
      version: app.getVersion(),
      platform: process.platform,
      demoInstanceUrl: app.isPackaged ? null : (process.env['ATRIUM_DEMO_URL'] ?? null),
    },
    policy: toPublicPolicy(policy),
    accounts,
    cacheDir: path.join(app.getPath('userData'), 'cache'),
    draftsDir: path.join(app.getPath('userData'), 'drafts'),
    trustedOrigin: appOrigin,
    openExternal,
    desktop: {
      show: ({ title, body, tag }) => {
        if (Notification.isSupported()) new Notification({ title, body, silent: false, ...(process.platform === 'win32' ? {} : { tag }) }).show();
      },
      setBadgeCount: (count) => void app.setBadgeCount(count),
    },
    locale: app.getLocale(),
    emit: (event, payload) => sendBridgeEvent(target.window?.webContents, event, payload),
    log: (call, error) => console.error(`[bridge] ${call} failed:`, error),
  });
  registerBridgeIpc(core.bridge);
  // Sign-outs the server did not hear about last time are tried once more; those that fail keep their notice.
  void accounts.retryPendingSignOuts().catch((error: unknown) => console.error('[accounts] retrying sign-outs failed:', error));
  // IT may change the policy while Atrium runs: accounts on a server it no longer allows pause at once.
  const stopWatchingPolicy = watchPolicyFile({
    path: policyFilePath(policyOptions),
    load: () => loadPolicy(policyOptions),
    onChange: (next) => {
      accounts.applyPolicy(next);
      core.applyPolicy(toPublicPolicy(next));
    },
    onError: (error) => console.error('[policy] the changed policy could not be applied; the previous one stays:', error),
  });
  app.on('before-quit', () => {
    stopWatchingPolicy();
    core.dispose();
  });

  target.window = await createMainWindow({ preload: path.join(__dirname, 'preload.cjs'), userData: app.getPath('userData') });
  return target.window;
}
