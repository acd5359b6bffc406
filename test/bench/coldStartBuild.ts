import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { mainBuildOptions } from '../../scripts/mainBuildOptions';
import { buildPagePreload } from '../e2e/host/testHost';

/** What a cold start runs: the core bundled as main ships, and the page preload built ahead as the app's is. */
export interface ColdStartBuild {
  /** The bundled core, for plain `node` (no tsx, which compiles TypeScript as it loads: a development tool). */
  entry: string;
  /** The page preload's script, for the child to hand to the page. */
  pagePreload: string;
}

/**
 * Bundles the cold start's core (test/bench/coldStartChild.ts: main's modules and the test host that
 * stands in for the Electron glue) with scripts/buildMain.ts's options, into `outDir`. Playwright and
 * esbuild stay outside the bundle: Playwright stands in for Electron's own browser, and esbuild is only
 * loaded by a host that builds its preload itself.
 */
export async function buildColdStart(root: string, outDir: string): Promise<ColdStartBuild> {
  await mkdir(outDir, { recursive: true });
  const entry = path.join(outDir, 'coldStartChild.cjs');
  await build({
    ...mainBuildOptions,
    entryPoints: [path.join(root, 'test/bench/coldStartChild.ts')],
    outfile: entry,
    external: [...(mainBuildOptions.external ?? []), 'playwright-core', 'esbuild'],
    logLevel: 'warning',
  });
  const pagePreload = path.join(outDir, 'pagePreload.js');
  await writeFile(pagePreload, await buildPagePreload());
  return { entry, pagePreload };
}
