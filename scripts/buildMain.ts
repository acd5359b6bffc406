// Bundles the main process and the preload for Electron: CommonJS, Node 24, electron and the native modules left external.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { BUILT_IN_POLICY_ENV, readBuiltInPolicy } from '../main/policy/builtInPolicy';
import { mainBuildOptions as shared } from './mainBuildOptions';

// An organization's policy, baked in when ATRIUM_BUILT_IN_POLICY names a file (docs/admin.md).
const builtInPolicy = await readBuiltInPolicy(process.env, (file) => readFile(file, 'utf8'));
if (builtInPolicy !== null) console.log(`Building with the policy in ${process.env[BUILT_IN_POLICY_ENV]} built in.`);

await build({
  ...shared,
  entryPoints: ['main/electron/main.ts'],
  outfile: 'dist/main/main.cjs',
  define: { __ATRIUM_BUILT_IN_POLICY__: JSON.stringify(builtInPolicy) },
});
// The sandboxed preload may require only electron, so everything else is bundled into it.
await build({ ...shared, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs' });
