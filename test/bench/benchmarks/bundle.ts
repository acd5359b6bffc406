import { initialBundleGzipBytes } from '../bundleSize';
import type { Benchmark } from '../harness';

/** The JavaScript the first screen loads, gzipped. */
export function bundleBenchmark(root: string): Benchmark {
  return {
    id: 'bundle',
    run: async (options) => {
      const bytes = await initialBundleGzipBytes(root, { build: !options.skipBuild });
      return [{ name: 'initial renderer JS (gzip), before the first timeline', value: bytes / 1024, unit: 'KB', detail: 'the entry script and the chunks index.html preloads', budget: { max: 130, text: '≤ 130 KB' } }];
    },
  };
}
