// Atrium's main process: adapts the plain modules in main/ to Electron and nothing more.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, Notification, session, type BrowserWindow } from 'electron';
import { createAccountService } from '../accounts/createAccountService';
import { createAtriumCore } from '../atrium';
import { bundledPolicyText } from '../policy/builtInPolicy';
import { linksInArguments } from '../desktop/deepLink';
import { RecentErrors } from '../desktop/diagnostics';
import { loadPolicy, toPublicPolicy, type LoadPolicyOptions, type Policy } from '../policy/policy';
import { policyFilePath } from '../policy/policyFile';
import { watchPolicyFile } from '../policy/policyWatcher';
import { createOsPolicyReader } from '../policy/osPolicyReader';
import { rendererCsp } from '../security/contentSecurityPolicy';
import { grantsPermission } from '../security/windowSecurity';
import { KeytarSecretStore } from '../vault/keytarSecretStore';
import { setAppMenu } from './appMenu';
import { startDesktop, type Desktop } from './desktop';
import { useSystemProxy } from './systemProxy';
import { appOrigin, registerAppScheme, serveRenderer } from './appProtocol';
import type { BridgeServer } from '../bridge/bridgeServer';
import { registerBridgeIpc, sendBridgeEvent } from './ipc';
import { createMainWindow, openExternal } from './mainWindow';

registerAppScheme();
app.enableSandbox();

// The tray, menus, links and updates, once started; links that arrive before are kept until then.
let desktop: Desktop | undefined;
const earlyLinks: string[] = linksInArguments(process.argv.slice(1));
const handleLink = (url: string) => (desktop ? desktop.handleLink(url) : earlyLinks.push(url));
// Recent errors, redacted, for Help ▸ Copy Diagnostics.
const recentErrors = new RecentErrors();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    // Windows and Linux start Atrium again with the link as an argument; this instance shows it.
    for (const link of linksInArguments(argv)) handleLink(link);
  });
  // macOS hands links to the running app (registered before ready, so a link that started Atrium is not lost).
  app.on('open-url', (event, url) => {
    event.preventDefault();
    handleLink(url);
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    mainWindow = await start();
  });
}

async function start(): Promise<BrowserWindow | undefined> {
  // Nothing the window needs to load depends on IT's policy, so it starts loading at once, beside reading the
  // policy, resolving the proxy and building the core. The page's bridge calls wait for the core (ipc.ts): none is
  // answered before the policy is in force, and a policy that cannot be read still stops Atrium below.
  // The safe menu first (no Developer Tools when packaged); the desktop integration adds Atrium's entries.
  setAppMenu();
  // Atrium needs no camera, microphone, location or notifications permission from web content.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(grantsPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => grantsPermission(permission));
  serveRenderer(path.join(__dirname, '../renderer'), rendererCsp({ allowInsecureMedia: !app.isPackaged }));
  let coreStarted: (bridge: BridgeServer) => void = () => undefined;
  registerBridgeIpc(new Promise<BridgeServer>((resolve) => (coreStarted = resolve)));
  const windowLoaded = createMainWindow({ preload: path.join(__dirname, 'preload.cjs'), userData: app.getPath('userData') });
  // Awaited once the core is up; a load that fails before then must not count as unhandled meanwhile.
  windowLoaded.catch(() => undefined);

  const policyOptions: LoadPolicyOptions = {
    platform: process.platform,
    env: process.env,
    // A packaged app reads the machine's policy file only; ATRIUM_POLICY_FILE is for development.
    packaged: app.isPackaged,
    builtIn: bundledPolicyText(),
    readFile: (file) => readFile(file, 'utf8'),
    onIgnored: (message) => recentErrors.record('policy', message),
  };
  let policy: Policy;
  try {
    // The registry (Windows) or configuration profiles (macOS), read with @vscode/policy-watcher.
    policyOptions.managed = (await createOsPolicyReader(process.platform)) ?? undefined;
    policy = await loadPolicy(policyOptions);
  } catch (error) {
    // Fail closed: running without the rules IT set would be worse than not running.
    dialog.showErrorBox('Atrium cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return undefined;
  }

  // Main's own connections follow the system proxy, as the page's do through Chromium.
  await useSystemProxy(policy.instanceOrigin ?? 'https://joinmastodon.org/', (message) => recentErrors.record('proxy', message)).catch((error: unknown) =>
    recentErrors.record('proxy', error),
  );

  // Events may be sent before the window exists; they are dropped until it does.
  const target: { window?: BrowserWindow } = {};
  const demoInstanceUrl = app.isPackaged ? null : (process.env['ATRIUM_DEMO_URL'] ?? null);
  const accounts = createAccountService({
    dataDir: app.getPath('userData'),
    secretStore: new KeytarSecretStore(),
    openBrowser: openExternal,
    policy,
    demoInstanceUrl,
  });
  const core = createAtriumCore({
    appInfo: {
      version: app.getVersion(),
      platform: process.platform,
      demoInstanceUrl,
    },
    policy: toPublicPolicy(policy),
    accounts,
    cacheDir: path.join(app.getPath('userData'), 'cache'),
    draftsDir: path.join(app.getPath('userData'), 'drafts'),
    trustedOrigin: appOrigin,
    // A link in a post to the organization's server opens in the side panel when the person allows it.
    openExternal: async (url) => {
      if (!desktop?.takeLink(url)) await openExternal(url);
    },
    desktop: {
      show: ({ title, body, tag }) => {
        if (Notification.isSupported()) new Notification({ title, body, silent: false, ...(process.platform === 'win32' ? {} : { tag }) }).show();
      },
      setBadgeCount: (count) => (desktop ? desktop.setUnread(count) : void app.setBadgeCount(count)),
    },
    locale: app.getLocale(),
    emit: (event, payload) => sendBridgeEvent(target.window?.webContents, event, payload),
    log: (call, error) => {
      recentErrors.record(call, error);
      console.error(`[bridge] ${call} failed:`, error);
    },
  });
  coreStarted(core.bridge);
  // Sign-outs the server did not hear about last time are tried once more; those that fail keep their notice.
  void accounts.retryPendingSignOuts().catch((error: unknown) => console.error('[accounts] retrying sign-outs failed:', error));
  // IT may change the policy while Atrium runs: accounts on a server it no longer allows pause at once.
  const applyPolicy = (next: Policy) => {
    accounts.applyPolicy(next);
    core.applyPolicy(toPublicPolicy(next));
    desktop?.applyPolicy(next);
  };
  const policyFailed = (error: unknown) => {
    recentErrors.record('policy', error);
    console.error('[policy] the changed policy could not be applied; the previous one stays:', error);
  };
  const stopWatchingPolicy = watchPolicyFile({ path: policyFilePath(policyOptions), load: () => loadPolicy(policyOptions), onChange: applyPolicy, onError: policyFailed });
  const stopWatchingManaged = policyOptions.managed?.watch(() => void loadPolicy(policyOptions).then(applyPolicy, policyFailed)) ?? (() => undefined);
  app.on('before-quit', () => {
    stopWatchingPolicy();
    stopWatchingManaged();
    desktop?.dispose();
    core.dispose();
  });

  target.window = await windowLoaded;
  try {
    desktop = await startDesktop({
      policy,
      window: () => target.window,
      showLink: (link) => sendBridgeEvent(target.window?.webContents, 'openLink', link),
      openExternal,
      accounts: async () => (await accounts.list()).accounts,
      errors: recentErrors,
    });
    for (const link of earlyLinks.splice(0)) desktop.handleLink(link);
  } catch (error) {
    // A desktop without a tray (some Linux sessions) still gets the window and the safe menu.
    recentErrors.record('desktop', error);
  }
  return target.window;
}
