import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BridgeEvent, BridgeEventPayload } from '../../../shared/bridge';
import type { PublicPolicy } from '../../../shared/domain';
import type { AccountCredentials } from '../../../main/api/clientPool';
import { createAtriumCore, type AtriumCore } from '../../../main/atrium';
import type { AccountsPort } from '../../../main/bridge/handlers';
import type { DesktopNotification } from '../../../main/notifications/desktopNotifier';
import { rendererCsp } from '../../../main/security/contentSecurityPolicy';
import { defaultWindowState } from '../../../main/settings/windowState';
import { guardConsole } from '../support/consoleGuard';
import { launchChromium, launchKeptChromium } from './chromium';
import { serveRenderer } from './staticServer';
import { fitWindowToScreen } from './windowFit';

// Atrium's window as Electron opens it first, and the sign-in browser's.
const appWindow = defaultWindowState;
const systemWindow = { width: 1000, height: 760 };

// Worked out when needed: bundled as CommonJS (the cold start benchmark), the module has no import.meta.url.
const root = () => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The organization's sign-in pages, opened where Electron would call the system browser. */
export interface SystemBrowser {
  /** Resolves with the next page Atrium opens (or the last one, if it is still unclaimed). */
  nextPage(): Promise<Page>;
  /** Every URL handed to the operating system by the URL gate. */
  externalUrls: string[];
}

export interface HostOptions {
  headless?: boolean;
  policy: PublicPolicy;
  demoInstanceUrl?: string | null;
  /** Builds the account service with the host's stand-in for the system browser. */
  createAccounts(openBrowser: (url: string) => Promise<void>): AccountsPort & AccountCredentials;
  viewport?: { width: number; height: number };
  /** Windows sized to fit the screen, their pages following the window (the visible preview), instead of a fixed viewport. */
  fitToScreen?: boolean;
  /** More Chromium switches (the preview's remote-debugging port for the fresh-clone check). */
  chromiumArgs?: readonly string[];
  /** The OS colour scheme the page sees (light unless asked). */
  colorScheme?: 'light' | 'dark';
  /** The OS language the page sees, e.g. `es-ES` (English unless asked). */
  locale?: string;
  /** The app's data folder; caches go in its `cache` folder. */
  dataDir: string;
  /** The built renderer to serve (`dist/renderer` unless given: a bundled host cannot find it from its own path). */
  rendererDir?: string;
  /** The page preload, built ahead as the app's preload is (`buildPagePreload`); built here when not given. */
  pagePreload?: string;
  /**
   * A Chromium profile kept here between starts, as Electron keeps its own in the app's data folder (the code
   * cache, the HTTP cache, the page's storage); a fresh profile each launch unless given. There is no system
   * browser with a kept profile: a benchmark's stand-in for a signed-in start, never a sign-in.
   */
  profileDir?: string;
  /** The loopback port the renderer is served on, so a kept profile sees the same origin each start as `app://` is; any free port unless given. */
  port?: number;
  /** Runs on the app's page before its first navigation (the cold start benchmark starts a CPU profile there). */
  beforeNavigation?(page: Page): Promise<void>;
}

/** Atrium running in Chromium with the same main modules behind the same bridge. */
export interface AtriumHost {
  /** Null with a kept profile (Playwright gives its context, not a browser). */
  browser: Browser | null;
  page: Page;
  origin: string;
  core: AtriumCore;
  systemBrowser: SystemBrowser;
  /** Every bridge call the page made, in order, for tests that check what was asked of main. */
  bridgeCalls: { call: string; input: unknown }[];
  /** Desktop notifications main showed, in order. */
  desktopNotifications: DesktopNotification[];
  /** Errors the page threw or logged, so a test can assert there were none. */
  pageErrors: string[];
  /** When Chromium had launched and answered, in this process's `performance.now()` (the cold start benchmark's split). */
  browserLaunchedMs: number;
  close(): Promise<void>;
}

/** Starts the renderer from `dist/renderer` in Chromium, wired to the main modules through Playwright bindings. */
export async function launchAtrium(options: HostOptions): Promise<AtriumHost> {
  const csp = rendererCsp({ allowInsecureMedia: true });
  const server = await serveRenderer(options.rendererDir ?? path.join(root(), 'dist/renderer'), csp, options.port);
  const fit = options.fitToScreen === true;
  const launch = { headless: options.headless ?? true, ...(options.chromiumArgs ? { args: options.chromiumArgs } : {}) };
  const appContextOptions = { viewport: fit ? null : (options.viewport ?? { width: 1280, height: 820 }), colorScheme: options.colorScheme ?? 'light', locale: options.locale ?? 'en-US' } as const;
  const { profileDir } = options;
  // A browser that cannot start must not leave the server holding the process open (a benchmark's child would hang).
  const browser = profileDir ? null : await launchChromium(launch).catch(closeServerAndThrow(server));
  const kept = profileDir ? await launchKeptChromium(profileDir, { ...launch, ...appContextOptions }).catch(closeServerAndThrow(server)) : null;
  const browserLaunchedMs = performance.now();
  const appContext = kept ?? (await (browser as Browser).newContext(appContextOptions));
  // The system browser is another program: its context opens when Atrium first asks for it, not before the app's page.
  let systemContext: Promise<BrowserContext> | undefined;
  const systemBrowser = makeSystemBrowser(() => {
    if (!browser) return Promise.reject(new Error('There is no system browser with a kept profile.'));
    return (systemContext ??= browser.newContext({ viewport: fit ? null : systemWindow }));
  }, fit);
  const target: { page?: Page } = {};

  const emit = <E extends BridgeEvent>(event: E, payload: BridgeEventPayload<E>) => {
    target.page?.evaluate(([name, body]) => (window as { __atriumEmit?: (e: string, p: unknown) => void }).__atriumEmit?.(name, body), [event, payload] as const).catch(() => {
      // The page may be closing; an event it cannot receive any more is no error.
    });
  };
  const desktopNotifications: DesktopNotification[] = [];
  const core = createAtriumCore({
    appInfo: { version: 'test', platform: process.platform, demoInstanceUrl: options.demoInstanceUrl ?? null },
    policy: options.policy,
    accounts: options.createAccounts(systemBrowser.open),
    cacheDir: path.join(options.dataDir, 'cache'),
    draftsDir: path.join(options.dataDir, 'drafts'),
    trustedOrigin: server.origin,
    openExternal: async (url) => {
      systemBrowser.externalUrls.push(url);
    },
    desktop: { show: (notification) => desktopNotifications.push(notification), setBadgeCount: () => undefined },
    locale: 'en',
    emit,
    log: (call, error) => console.error(`[bridge] ${call} failed:`, error),
  });

  const bridgeCalls: { call: string; input: unknown }[] = [];
  // The console guard, the bridge and the preload go to the context together (Electron hands a window its preload
  // with no round trips of its own), all before the page exists, so its first navigation has every one.
  await Promise.all([
    guardConsole(appContext),
    // Answers cross as JSON text, parsed by the page preload: Playwright's own serializer walks a big answer
    // (a kept Home timeline) node by node and took hundreds of milliseconds where Electron's IPC clones it in one.
    // The binding before the preload, which calls it as it runs (createBridgeApi's early openSession).
    Promise.all([
      appContext.exposeBinding('__atriumInvoke', async ({ frame }, call: string, input: unknown) => {
        bridgeCalls.push({ call, input });
        return JSON.stringify(await core.bridge.invoke(call, frame.url(), input));
      }),
      options.pagePreload !== undefined ? Promise.resolve(options.pagePreload) : buildPagePreload(),
    ]).then(([, content]) => appContext.addInitScript({ content })),
  ]);
  // A kept profile opens with its window already there, as Electron's first window is.
  const page = kept?.pages()[0] ?? (await appContext.newPage());
  if (fit) await fitWindowToScreen(page, appWindow);
  target.page = page;
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await options.beforeNavigation?.(page);
  await page.goto(server.origin);

  return {
    browser,
    page,
    origin: server.origin,
    core,
    systemBrowser,
    bridgeCalls,
    desktopNotifications,
    pageErrors,
    browserLaunchedMs,
    close: async () => {
      core.dispose();
      await (browser ?? appContext).close();
      await server.close();
    },
  };
}

function closeServerAndThrow(server: { close(): Promise<void> }) {
  return async (error: unknown): Promise<never> => {
    await server.close();
    throw error;
  };
}

function makeSystemBrowser(context: () => Promise<BrowserContext>, fit: boolean): SystemBrowser & { open(url: string): Promise<void> } {
  const opened: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  return {
    externalUrls: [],
    open: async (url) => {
      const page = await (await context()).newPage();
      if (fit) await fitWindowToScreen(page, systemWindow);
      await page.goto(url);
      const waiter = waiting.shift();
      if (waiter) waiter(page);
      else opened.push(page);
    },
    nextPage: () => {
      const page = opened.shift();
      return page ? Promise.resolve(page) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

/** Bundles the page preload (test/e2e/host/pagePreload.ts) into one script for `addInitScript`. */
export async function buildPagePreload(): Promise<string> {
  // Loaded on use: a host given the preload ready-built (the cold start benchmark's) never loads esbuild.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root(), 'test/e2e/host/pagePreload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('Bundling the page preload produced nothing.');
  return output.text;
}
