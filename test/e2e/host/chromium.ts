import { existsSync } from 'node:fs';
import type * as Playwright from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

/** Debian's chromium; Playwright's own browser download does not work on these machines. */
export const chromiumPath = process.env.ATRIUM_CHROMIUM ?? '/usr/bin/chromium';

interface LaunchOptions {
  headless: boolean;
  args?: readonly string[];
}

/** Starts Debian's Chromium, headless unless asked otherwise, with the background chatter off (and `args` added). */
export async function launchChromium(options: LaunchOptions): Promise<Browser> {
  const { chromium } = await loadPlaywright();
  return chromium.launch(launchSettings(options));
}

/**
 * Chromium with a profile kept in `profileDir` between starts, as Electron keeps its own in the app's data
 * folder: V8's code cache, the HTTP cache and the page's storage outlive the process. One context, no other.
 */
export async function launchKeptChromium(profileDir: string, options: LaunchOptions & BrowserContextOptions): Promise<BrowserContext> {
  const { chromium } = await loadPlaywright();
  const { headless, args, ...context } = options;
  return chromium.launchPersistentContext(profileDir, { ...launchSettings({ headless, ...(args ? { args } : {}) }), ...context });
}

async function loadPlaywright(): Promise<typeof Playwright> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}. Install Debian's chromium package (apt-get install chromium).`);
  }
  // Loaded here, not with the module: Playwright stands in for Electron's own browser, so the cold start
  // benchmark counts its loading as part of launching the browser, not as Atrium's modules.
  return import('playwright-core');
}

function launchSettings(options: LaunchOptions) {
  const runningAsRoot = process.getuid?.() === 0;
  return {
    executablePath: chromiumPath,
    headless: options.headless,
    args: [
      ...(runningAsRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      ...(options.args ?? []),
    ],
  };
}
