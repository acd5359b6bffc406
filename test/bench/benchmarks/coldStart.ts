import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandbox } from '../../sandbox/index';
import { describeSpread, repeat, spread, type Benchmark } from '../harness';
import { signInWithTokens, type SignedIn } from '../tokenAccounts';

/** Milliseconds since the new process started, and `rendererMs` since the page's navigation began. */
interface ColdStart {
  modulesMs: number;
  launchedMs: number;
  rendererMs: number;
  firstPostMs: number;
}

const child = path.resolve(import.meta.dirname, '../coldStartChild.ts');

/** Starts Atrium in a new Node process (main's modules, then the renderer in Chromium) and reads its timings. */
function coldStart(dataDir: string, accounts: readonly SignedIn[], writeCache: boolean): Promise<ColdStart> {
  return new Promise((resolve, reject) => {
    const started = spawn(process.execPath, ['--import', 'tsx', child, dataDir, ...(writeCache ? ['--write-cache'] : [])], { stdio: ['pipe', 'pipe', 'pipe'] });
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

/**
 * Cold start to Home's first post: a new process loads main's modules (the test host's, as the
 * Electron glue would), launches Chromium with the built renderer and waits for the first post, with
 * Home kept on the device from the run before and without it.
 */
export const coldStartBenchmark: Benchmark = {
  id: 'cold',
  run: async (options) => {
    const sandbox = await startSandbox({ staff: 60, posts: 1_500, seed: 7, rateLimit: false });
    const dataDir = await mkdtemp(path.join(tmpdir(), 'atrium-bench-cold-'));
    try {
      const accounts = await signInWithTokens(sandbox, [sandbox.demoUser.username]);
      // The first start (nothing kept yet) writes the cache the cached starts read; it also warms the disk and
      // tsx's compile cache, so it is only a sample itself in the smoke, which saves a start there.
      const first = await coldStart(dataDir, accounts, true);
      const cached = await repeat(options, () => coldStart(dataDir, accounts, false));
      const uncached = options.small
        ? [first]
        : await repeat(options, async () => {
            await rm(path.join(dataDir, 'cache'), { recursive: true, force: true });
            return coldStart(dataDir, accounts, false);
          });
      const median = (runs: ColdStart[], part: keyof ColdStart) => spread(runs.map((run) => run[part])).median.toFixed(0);
      const toPost = (runs: ColdStart[]) => runs.map((run) => run.firstPostMs);
      const parts = (runs: ColdStart[]) =>
        `medians: main's modules loaded ${median(runs, 'modulesMs')} ms, Chromium launched with the page loaded ${median(runs, 'launchedMs')} ms; the page itself took ${median(runs, 'rendererMs')} ms from navigation to the post`;
      return [
        {
          name: 'cold start to first post, Home kept on the device',
          value: spread(toPost(cached)).median,
          unit: 'ms',
          detail: `process start to the first post on screen; ${describeSpread(toPost(cached), 'ms')}; ${parts(cached)}`,
          budget: { max: 400, text: '≤ 400 ms' },
        },
        { name: 'cold start to first post, nothing kept (first start after sign-in)', value: spread(toPost(uncached)).median, unit: 'ms', detail: `${describeSpread(toPost(uncached), 'ms')}; ${parts(uncached)}` },
      ];
    } finally {
      await rm(dataDir, { recursive: true, force: true });
      await sandbox.close();
    }
  },
};
