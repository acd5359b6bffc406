import { createRestAPIClient } from 'masto';
import { startSandbox } from '../../sandbox/index';
import { BENCH_ORIGIN, startBenchCore } from '../benchCore';
import { describeSpread, repeat, spread, type Benchmark } from '../harness';
import { tokenAccounts } from '../tokenAccounts';

/**
 * A Home page of 40 posts asked through the bridge (origin check, input and output validation, the
 * allow-list, masto in main) against the same call on a masto client directly, in one process against the loopback sandbox.
 * Each answer is structured-cloned once, as the page receiving it would, on both sides.
 */
export const bridgeBenchmark: Benchmark = {
  id: 'bridge',
  run: async (options) => {
    const sandbox = await startSandbox({ staff: 60, posts: 2_000, seed: 7, rateLimit: false });
    const accounts = await tokenAccounts(sandbox, [sandbox.demoUser.username]);
    const core = await startBenchCore(accounts);
    const accountId = accounts.ids[0] as string;
    const direct = createRestAPIClient({ url: sandbox.url, accessToken: await accounts.accessToken(accountId) });
    try {
      const timed = async (task: () => Promise<unknown>) => {
        const start = performance.now();
        await task();
        return performance.now() - start;
      };
      const throughBridge = async () => {
        const answer = await core.bridge.invoke('callMastodon', BENCH_ORIGIN, { accountId, path: ['v1', 'timelines', 'home', 'list'], params: { limit: 40 } });
        if (!answer.ok) throw new Error(`The bridge refused the call: ${answer.error.message}`);
        return structuredClone(answer.value);
      };
      const directly = async () => structuredClone(await direct.v1.timelines.home.list({ limit: 40 }));
      // Interleaved, so that the machine's load falls on both alike.
      const pairs = await repeat({ warmup: options.warmup + 2, reps: options.small ? 3 : options.reps * 10 }, async () => [await timed(throughBridge), await timed(directly)] as const);
      const bridge = pairs.map(([ms]) => ms);
      const masto = pairs.map(([, ms]) => ms);
      return [
        { name: 'bridge call / direct masto call, Home page of 40', value: spread(bridge).median / spread(masto).median, unit: '×', detail: `bridge ${describeSpread(bridge, 'ms')}; direct ${describeSpread(masto, 'ms')}`, budget: { max: 1.2, text: '≤ 1.2' } },
      ];
    } finally {
      await core.close();
      await sandbox.close();
    }
  },
};
