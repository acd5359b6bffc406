// One cold start of Atrium, in a process of its own, bundled first (coldStartBuild.ts) and run with plain
// `node coldStartChild.cjs <data folder> <renderer folder> <page preload> [--write-cache]`, the signed-in
// accounts as JSON on stdin. Prints, as JSON, the milliseconds since this process started until main's
// modules were loaded, until Chromium answered, until it had loaded the page, and until Home's first
// post was on screen, and the page's own times from its navigation: to that post and to its marks on the way.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { startBenchAtrium } from './benchAtrium';
import { accountsOf, type SignedIn } from './tokenAccounts';

const modulesMs = performance.now();

async function main(): Promise<void> {
  const [dataDir, rendererDir, preloadFile, keepCache] = process.argv.slice(2);
  if (!dataDir || !rendererDir || !preloadFile) throw new Error('Usage: coldStartChild.cjs <data folder> <renderer folder> <page preload> [--write-cache]');
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const atrium = await startBenchAtrium(accountsOf(JSON.parse(input) as SignedIn[]), { dataDir, rendererDir, pagePreload: await readFile(preloadFile, 'utf8') });
  try {
    const loadedMs = performance.now();
    // Checked every frame in the page: the page's own clock says how long after its navigation began.
    const rendererMs = await (
      await atrium.page.waitForFunction(() => document.querySelector('[role="feed"][aria-label="Home"] article') !== null && performance.now(), undefined, { polling: 'raf', timeout: 60_000 })
    ).jsonValue();
    const firstPostMs = performance.now();
    // The page's own marks, on its clock: its scripts run (module scripts run before DOMContentLoaded), the session
    // answered (sessionSlice.ts), the kept Home read and in the store (useHomeCache.ts); null when it did not happen.
    const page = await atrium.page.evaluate(() => {
      const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { scriptsMs: navigation?.domContentLoadedEventStart ?? null, sessionMs: mark('atrium:session-ready'), keptMs: mark('atrium:home-kept-read') };
    });
    if (keepCache === '--write-cache') {
      // Home is kept on the device once the timeline settles: wait for the file, as a person who reads a while would.
      const cache = path.join(dataDir, 'cache');
      const deadline = Date.now() + 30_000;
      while (!(await readdir(cache).catch(() => [] as string[])).some((name) => name.startsWith('home')) && Date.now() < deadline) await atrium.page.waitForTimeout(100);
    }
    process.stdout.write(`${JSON.stringify({ modulesMs, browserMs: atrium.browserLaunchedMs, loadedMs, rendererMs, firstPostMs, page })}\n`);
  } finally {
    await atrium.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
