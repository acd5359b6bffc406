import { startSandbox } from '../../sandbox/index';
import { describeSpread, repeat, spread, type Benchmark } from '../harness';

/** How long the sandbox takes to seed a large organization (every other benchmark waits on it). */
export const seedBenchmark: Benchmark = {
  id: 'seed',
  run: async (options) => {
    const [staff, posts] = options.small ? [300, 3_000] : [5_000, 50_000];
    const times = await repeat({ warmup: 0, reps: options.small ? 1 : 3 }, async () => {
      const start = performance.now();
      const sandbox = await startSandbox({ staff, posts, seed: 7, rateLimit: false });
      const ms = performance.now() - start;
      await sandbox.close();
      return ms;
    });
    return [{ name: `sandbox: seed ${staff.toLocaleString('en')} staff + ${posts.toLocaleString('en')} posts`, value: spread(times).median, unit: 'ms', detail: describeSpread(times, 'ms'), budget: options.small ? undefined : { max: 5_000, text: '≤ 5,000 ms' } }];
  },
};
