import { initialBundleGzipBytes } from '../bundleSize';
import type { Benchmark } from '../harness';

/** The JavaScript index.html loads, gzipped (the budget is judged on all the first screen fetches: coldStart.ts). */
export function bundleBenchmark(root: string): Benchmark {
  return {
    id: 'bundle',
    run: async (options) => {
      const bytes = await initialBundleGzipBytes(root, { build: !options.skipBuild });
      const detail = "the entry script and the chunk index.html preloads (the post sanitizer); the cold start's JS row weighs what the first screen really fetched, and carries the issue's budget";
      return [{ name: 'renderer JS in index.html (gzip)', value: bytes / 1024, unit: 'KB', detail }];
    },
  };
}
