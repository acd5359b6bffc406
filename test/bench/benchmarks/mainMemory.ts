import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startSandbox } from '../../sandbox/index';
import { startBenchCore } from '../benchCore';
import type { Benchmark } from '../harness';
import { staffHandles, tokenAccounts } from '../tokenAccounts';

/** Node's own garbage collector, reachable without starting Node with `--expose-gc`. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const heapMb = (gc: () => void) => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/**
 * Main's core with five signed-in accounts, each streaming Home and the local timeline while the
 * organization posts, for `memorySeconds`: the heap after GC once the first sixth (at most the first
 * minute) has passed, against the end. Flat means nothing piles up per event.
 */
export const mainMemoryBenchmark: Benchmark = {
  id: 'memory',
  run: async (options) => {
    const gc = exposedGc();
    const sandbox = await startSandbox({ staff: 80, posts: 400, seed: 7, rateLimit: false });
    const handles = await staffHandles(sandbox, 5);
    const accounts = await tokenAccounts(sandbox, handles);
    let events = 0;
    const core = await startBenchCore(accounts, (event) => {
      if (event === 'streamEvent') events++;
    });
    let turn = 0;
    const posting = setInterval(() => {
      // Ten posts a second by the five accounts in turn, each deleted again at once (the sandbox shares this
      // heap and must not grow): every post and delete reaches every account's local stream.
      const author = handles[turn++ % handles.length] as string;
      void sandbox
        .postAs(author, { status: `Memory soak ${turn}` })
        .then((post) => sandbox.deleteStatus(post.id))
        .catch(() => undefined);
    }, 100);
    try {
      for (const accountId of accounts.ids) {
        core.streams.subscribe({ accountId, stream: 'user' });
        core.streams.subscribe({ accountId, stream: 'public:local' });
      }
      const durationMs = options.memorySeconds * 1000;
      const settleMs = Math.min(60_000, durationMs / 6);
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const settled = heapMb(gc);
      const receivedBySettle = events;
      let peak = settled;
      // Sampled every few seconds until the end, so a climb shows even if the last sample dips.
      while (performance.now() - started < durationMs) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, durationMs - (performance.now() - started))));
        peak = Math.max(peak, heapMb(gc));
      }
      const end = heapMb(gc);
      if (events === receivedBySettle) throw new Error('No stream event reached main after the first minute.');
      return [
        {
          name: `main process, 5 accounts streaming for ${options.memorySeconds} s: heap growth after the first ${Math.round(settleMs / 1000)} s`,
          value: end - settled,
          unit: 'MB',
          detail: `heap after GC ${settled.toFixed(1)} MB then, ${end.toFixed(1)} MB at the end, peak ${peak.toFixed(1)} MB; ${events.toLocaleString('en')} stream events delivered; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB (the whole bench process)`,
          budget: { max: 2, text: 'flat: ≤ 2 MB after the first minute' },
        },
      ];
    } finally {
      clearInterval(posting);
      await core.close();
      await sandbox.close();
    }
  },
};
