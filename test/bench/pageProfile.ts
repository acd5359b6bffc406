import path from 'node:path';
import type { Page } from 'playwright-core';
import { hottest, startCpuProfile, type HotFunction } from './cpuProfile';
import { sourceMapLocator } from './sourceMaps';

// Not for the cold start's bundled child, which has no `import.meta.dirname` and is given its folders.
const root = path.resolve(import.meta.dirname, '../..');

/** Where `npm run bench` keeps its profiles. */
export const profileFolder = (): string => path.join(root, 'test-results/bench');

/** Names functions through the source maps of the renderer's build (and of a bundle run from `file:`). */
export const locateInBuild = () => sourceMapLocator(path.join(root, 'dist/renderer'));

/** A CPU profile of a benchmark's page, kept with the others; `stop` gives its hottest functions in the source. */
export async function startPageProfile(page: Page): Promise<{ stop(name: string): Promise<HotFunction[]> }> {
  const profile = await startCpuProfile(page, profileFolder());
  return { stop: async (name) => hottest(await profile.stop(name), locateInBuild()) };
}
