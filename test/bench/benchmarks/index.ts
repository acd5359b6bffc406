import type { Benchmark } from '../harness';
import { bridgeBenchmark } from './bridge';
import { bundleBenchmark } from './bundle';
import { coldStartBenchmark } from './coldStart';
import { composerBenchmark } from './composer';
import { deskBenchmark } from './desk';
import { directoryBenchmark } from './directory';
import { homeBenchmark } from './home';
import { mainMemoryBenchmark } from './mainMemory';
import { soakBenchmark } from './soak';
import { seedBenchmark } from './seed';

/** Every benchmark of `npm run bench`, in the order they run (the bundle first: it builds what the others load). */
export function allBenchmarks(root: string): Benchmark[] {
  return [bundleBenchmark(root), seedBenchmark, coldStartBenchmark, homeBenchmark, soakBenchmark, composerBenchmark, deskBenchmark, directoryBenchmark, bridgeBenchmark, mainMemoryBenchmark];
}
