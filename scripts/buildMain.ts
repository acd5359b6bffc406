// Bundles the main process and the preload for Electron: CommonJS, Node 24, electron and keytar left external.
import { build, type BuildOptions } from 'esbuild';

const shared: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'keytar'],
  logLevel: 'info',
};

await build({ ...shared, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/main.cjs' });
// The sandboxed preload may require only electron, so everything else is bundled into it.
await build({ ...shared, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs' });
