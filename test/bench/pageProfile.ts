import path from 'node:path';
import type { Page } from 'playwright-core';
import { startCpuProfile } from './cpuProfile';
import { sourceMapLocator } from './sourceMaps';

// Not for the cold start's bundled child, which has no `import.meta.dirname` and is given its folders.
const root = path.resolve(import.meta.dirname, '../..');

/** Where `npm run bench` keeps its profiles. */
export const profileFolder = (): string => path.join(root, 'test-results/bench');

/** A CPU profile of a benchmark's page, kept with the others and read through the renderer build's source maps. */
export const startPageProfile = (page: Page) => startCpuProfile(page, profileFolder(), sourceMapLocator(path.join(root, 'dist/renderer')));
