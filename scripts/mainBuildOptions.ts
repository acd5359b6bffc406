import type { BuildOptions } from 'esbuild';

/**
 * How main is bundled for Electron (scripts/buildMain.ts): CommonJS for Node 24, electron and the
 * native modules left external. The cold start benchmark bundles its core the same way, so it loads
 * what a shipped app loads rather than TypeScript compiled on the fly.
 */
export const mainBuildOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'keytar', '@vscode/policy-watcher'],
  logLevel: 'info',
};
