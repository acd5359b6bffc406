// One cold start of Atrium, in a process of its own, bundled first (coldStartBuild.ts) and run with plain
// `node coldStartChild.cjs <data folder> <renderer folder> <page preload> --port <port> [--write-cache] [--profile <folder>]`,
// the signed-in accounts as JSON on stdin. Chromium keeps its profile in the data folder and the renderer is served on
// the same port each start, as Electron keeps its own profile and `app://` origin: V8's code cache outlives a start. Prints, as JSON, the milliseconds since this process started until
// main's modules were loaded, until Chromium answered, until it had loaded the page, and until Home's first post
// was on screen, and the page's own times from its navigation: to that post and to its marks on the way.
// With --profile, the page's CPU profile from its navigation to that post is written to the folder and summed.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBenchAtrium } from './benchAtrium';
import { coldStartProfiles, startCpuProfile } from './cpuProfile';
import { accountsOf, type SignedIn } from './tokenAccounts';

const modulesMs = performance.now();

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'write-cache': { type: 'boolean', default: false }, profile: { type: 'string' }, port: { type: 'string' } } });
  const [dataDir, rendererDir, preloadFile] = positionals;
  const port = Number(values.port);
  if (!dataDir || !rendererDir || !preloadFile || !Number.isInteger(port)) {
    throw new Error('Usage: coldStartChild.cjs <data folder> <renderer folder> <page preload> --port <port> [--write-cache] [--profile <folder>]');
  }
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const profileFolder = values.profile;
  let profile: Awaited<ReturnType<typeof startCpuProfile>> | undefined;
  const atrium = await startBenchAtrium(accountsOf(JSON.parse(input) as SignedIn[]), {
    dataDir,
    rendererDir,
    pagePreload: await readFile(preloadFile, 'utf8'),
    profileDir: path.join(dataDir, 'browser-profile'),
    port,
    beforeNavigation: async (page) => {
      await page.addInitScript(markFirstPostPainted);
      if (profileFolder) profile = await startCpuProfile(page, profileFolder);
    },
  });
  try {
    const loadedMs = performance.now();
    await atrium.page.waitForFunction(() => performance.getEntriesByName('bench:first-post-painted').length > 0, undefined, { polling: 50, timeout: 60_000 });
    // The page's clock runs from its navigation; this process's from its start. Read both at once to line them up.
    const asked = performance.now();
    const { rendererMs, pageNow } = await atrium.page.evaluate(() => ({ rendererMs: performance.getEntriesByName('bench:first-post-painted')[0]?.startTime ?? NaN, pageNow: performance.now() }));
    const firstPostMs = rendererMs + (asked + performance.now()) / 2 - pageNow;
    // Written for the benchmark to read, and summed there: reading source maps here would show in this process's own profile.
    await profile?.stop(coldStartProfiles.page);
    // The page's own marks, on its clock: its scripts run (module scripts run before DOMContentLoaded), the session
    // answered (sessionSlice.ts), the kept Home in the store (homeCacheRead.ts); null when it did not happen.
    const page = await atrium.page.evaluate(() => {
      const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const painted = mark('bench:first-post-frame') ?? Infinity;
      // Every script asked for before the frame with the post was painted, by file name (the benchmark weighs them,
      // gzipped, from the build). What the page asks for after that frame (the parts that wait for the first screen)
      // was not needed to draw it, though it may be asked for before the frame reaches the screen.
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= painted && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '');
      return { scriptsMs: navigation?.domContentLoadedEventStart ?? null, sessionMs: mark('atrium:session-ready'), keptMs: mark('atrium:home-kept-read'), scripts };
    });
    if (values['write-cache']) {
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

/**
 * Runs in the page before its scripts: marks the moment Home's first post has been drawn, on the page's own clock,
 * as the frame after it entered the document is produced (a task queued from that frame's animation callback runs
 * after its paint). Polling from Playwright found it up to 130 ms late, while the page was busy starting.
 */
function markFirstPostPainted(): void {
  new PerformanceObserver((list, observer) => {
    const painted = list.getEntries().find((entry) => entry.name === 'text-paint' || entry.name === 'image-paint');
    if (!painted) return;
    observer.disconnect();
    const timing = painted as PerformanceEntry & { renderTime: number; paintTime?: number };
    // On screen (presentation) for the cold start; the main thread's paint of that frame for what it needed.
    performance.mark('bench:first-post-painted', { startTime: timing.renderTime || painted.startTime });
    performance.mark('bench:first-post-frame', { startTime: timing.paintTime ?? (timing.renderTime || painted.startTime) });
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((_, observer) => {
    const post = document.querySelector('[role="feed"][aria-label="Home"] article');
    if (!post) return;
    observer.disconnect();
    for (const element of [post, ...post.querySelectorAll('*')]) element.setAttribute('elementtiming', 'first-post');
  }).observe(document, { subtree: true, childList: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
