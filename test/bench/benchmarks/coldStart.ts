import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandbox } from '../../sandbox/index';
import { describeSpread, repeat, spread, type Benchmark } from '../harness';
import { buildColdStart, type ColdStartBuild } from '../coldStartBuild';
import { coldStartProfiles, hottest, type HotFunction, type Profile } from '../cpuProfile';
import { locateInBuild, profileFolder } from '../pageProfile';
import { signInWithTokens, type SignedIn } from '../tokenAccounts';

/** Milliseconds since the new process started, and `rendererMs` since the page's navigation began. */
interface ColdStart {
  /** Main's modules loaded (the bundle's code evaluated). */
  modulesMs: number;
  /** Chromium launched and answering (Playwright's own loading included: it stands in for Electron's browser). */
  browserMs: number;
  /** The page loaded (its `load` event). */
  loadedMs: number;
  /** The page's own clock: from its navigation to the first post on screen. */
  rendererMs: number;
  /** Home's first post on screen. */
  firstPostMs: number;
  /** The page's clock from its navigation: its scripts run, the session answered, the kept Home read (null if none). */
  page: { scriptsMs: number | null; sessionMs: number | null; keptMs: number | null; scripts: string[] };
}

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Starts Atrium in a new Node process (main's modules, then the renderer in Chromium) and reads its timings.
 * Profiled, the page's profile and the process's own (Node's --cpu-prof) go to test-results/bench.
 */
function coldStart(built: ColdStartBuild, dataDir: string, port: number, accounts: readonly SignedIn[], how: { writeCache?: boolean; profile?: boolean } = {}): Promise<ColdStart> {
  return new Promise((resolve, reject) => {
    const folder = profileFolder();
    const args = [
      ...(how.profile ? ['--cpu-prof', '--cpu-prof-dir', folder, '--cpu-prof-name', `${coldStartProfiles.main}.cpuprofile`] : []),
      built.entry,
      dataDir,
      path.join(root, 'dist/renderer'),
      built.pagePreload,
      '--port',
      String(port),
      ...(how.writeCache ? ['--write-cache'] : []),
      ...(how.profile ? ['--profile', folder] : []),
    ];
    const started = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    started.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    started.on('error', reject);
    started.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`The cold start failed (${code}): ${err.trim().split('\n').slice(-3).join(' ')}`));
      else resolve(JSON.parse(line) as ColdStart);
    });
    started.stdin.end(JSON.stringify(accounts));
  });
}

/** A loopback port free now (a start that finds it taken fails, and says so). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The gzipped size of the built renderer's scripts named, each once: what they weigh as they would travel. */
async function gzippedScripts(names: readonly string[]): Promise<number> {
  const sizes = await Promise.all([...new Set(names)].map(async (name) => gzipSync(await readFile(path.join(root, 'dist/renderer/assets', name))).length));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** The profiled start's hottest functions: the page's, and its own process's (main's modules and the test host, with Playwright standing in for Electron). */
async function profiledHot(): Promise<HotFunction[]> {
  const read = async (name: string) => hottest(JSON.parse(await readFile(path.join(profileFolder(), `${name}.cpuprofile`), 'utf8')) as Profile, locateInBuild());
  const [page, main] = await Promise.all([read(coldStartProfiles.page), read(coldStartProfiles.main)]);
  return [...page.slice(0, 6).map((fn) => ({ ...fn, where: `page: ${fn.where}` })), ...main.slice(0, 4).map((fn) => ({ ...fn, where: `main process: ${fn.where}` }))];
}

/**
 * Cold start to Home's first post: a new Node process loads main's modules from a bundle built as main
 * ships (with the test host standing in for the Electron glue), launches Chromium with the built renderer
 * and waits for the first post, with Home kept on the device from the run before and without it.
 */
export const coldStartBenchmark: Benchmark = {
  id: 'cold',
  run: async (options) => {
    const built = await buildColdStart(root, path.join(root, 'test-results/bench/cold-start'));
    const sandbox = await startSandbox({ staff: 60, posts: 1_500, seed: 7, rateLimit: false });
    const dataDir = await mkdtemp(path.join(tmpdir(), 'atrium-bench-cold-'));
    try {
      const accounts = await signInWithTokens(sandbox, [sandbox.demoUser.username]);
      // One origin for every start, as `app://` is one: the browser profile kept in the data folder is only of use to the same origin.
      const port = await freePort();
      // The first start (nothing kept yet) writes the cache the cached starts read; it also warms the disk,
      // so it is only a sample itself in the smoke, which saves a start there.
      const first = await coldStart(built, dataDir, port, accounts, { writeCache: true });
      const cached = await repeat(options, () => coldStart(built, dataDir, port, accounts));
      // One more cached start, profiled and not timed (profiling slows it): where the time goes, for a miss.
      if (!options.small) await coldStart(built, dataDir, port, accounts, { profile: true });
      const hot = options.small ? [] : await profiledHot();
      const uncached = options.small
        ? [first]
        : await repeat(options, async () => {
            await rm(path.join(dataDir, 'cache'), { recursive: true, force: true });
            return coldStart(built, dataDir, port, accounts);
          });
      const median = (values: number[]) => spread(values).median.toFixed(0);
      const toPost = (runs: ColdStart[]) => runs.map((run) => run.firstPostMs);
      // Everything but launching the browser: main's modules, then from Chromium answering to the first post.
      const atriumPart = (runs: ColdStart[]) => runs.map((run) => run.modulesMs + run.firstPostMs - run.browserMs);
      // The page's marks on the way to its first post; one it did not make (no kept Home on a first start) is left out.
      const pageMarks = (runs: ColdStart[]) =>
        (
          [
            ['scripts run', 'scriptsMs'],
            ['session', 'sessionMs'],
            ['kept Home read', 'keptMs'],
          ] as const
        )
          .map(([name, part]) => [name, runs.flatMap((run) => run.page[part] ?? [])] as const)
          .filter(([, values]) => values.length > 0)
          .map(([name, values]) => `${name} ${median(values)}`)
          .join(', ');
      const parts = (runs: ColdStart[]) =>
        `medians: main's modules loaded ${median(runs.map((run) => run.modulesMs))} ms, Chromium launched ${median(runs.map((run) => run.browserMs))} ms, ` +
        `page loaded ${median(runs.map((run) => run.loadedMs))} ms; the page took ${median(runs.map((run) => run.rendererMs))} ms from its navigation to the post ` +
        `(on its clock: ${pageMarks(runs)} ms)`;
      const firstScripts = cached[0]?.page.scripts ?? [];
      return [
        {
          name: 'renderer JS (gzip) before the first timeline',
          value: (await gzippedScripts(firstScripts)) / 1024,
          unit: 'KB',
          detail:
            `every script the page asked for before it painted the frame with Home's first post, on a start with Home kept (${new Set(firstScripts).size} files: ` +
            `${[...new Set(firstScripts)].map((name) => name.replace(/-[\w-]{8}\.js$/, '')).join(', ')}); what waits for the first screen is asked for after that frame`,
          budget: { max: 130, text: '≤ 130 KB' },
        },
        {
          name: 'cold start to first post, Home kept on the device',
          value: spread(toPost(cached)).median,
          unit: 'ms',
          detail: `process start to the first post on screen; ${describeSpread(toPost(cached), 'ms')}; ${parts(cached)}`,
          budget: { max: 400, text: '≤ 400 ms' },
          hot,
        },
        {
          name: "cold start, Home kept: Atrium's part (all but launching Chromium)",
          value: spread(atriumPart(cached)).median,
          unit: 'ms',
          detail:
            `main's modules loaded, plus Chromium answering to the first post (core, window, page); the row above is the issue's measure; ` +
            `launching Debian's Chromium is not Atrium's and Electron's own start cannot be measured here; ${describeSpread(atriumPart(cached), 'ms')}`,
        },
        { name: 'cold start to first post, nothing kept (first start after sign-in)', value: spread(toPost(uncached)).median, unit: 'ms', detail: `${describeSpread(toPost(uncached), 'ms')}; ${parts(uncached)}` },
      ];
    } finally {
      await rm(dataDir, { recursive: true, force: true });
      await sandbox.close();
    }
  },
};
