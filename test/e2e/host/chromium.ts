import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's chromium; Playwright's own browser download does not work on these machines. */
export const chromiumPath = process.env.ATRIUM_CHROMIUM ?? '/usr/bin/chromium';

/** Starts Debian's Chromium, headless unless asked otherwise, with the background chatter off (and `args` added). */
export async function launchChromium(options: { headless: boolean; args?: readonly string[] }): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}. Install Debian's chromium package (apt-get install chromium).`);
  }
  const runningAsRoot = process.getuid?.() === 0;
  // Loaded here, not with the module: Playwright stands in for Electron's own browser, so the cold start
  // benchmark counts its loading as part of launching the browser, not as Atrium's modules.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
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
  });
}
