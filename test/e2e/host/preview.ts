// `npm run preview`: Atrium in a visible Chromium window sized to fit the screen, with the demo organization,
// for machines without the Electron binary. Sign-in pages open in a second window, as a browser would.
import { readFile } from 'node:fs/promises';
import { readBuiltInPolicy } from '../../../main/policy/builtInPolicy';
import { loadPolicy } from '../../../main/policy/policy';
import { startSandbox } from '../../sandbox/index';
import { startAtrium } from '../support/atrium';

// The policy is loaded as the app loads it (an unpackaged build): the machine's file, or ATRIUM_POLICY_FILE,
// over the one ATRIUM_BUILT_IN_POLICY names. A broken policy stops the preview, as it stops the app.
const read = (file: string) => readFile(file, 'utf8');
const policy = await loadPolicy({ platform: process.platform, env: process.env, packaged: false, builtIn: await readBuiltInPolicy(process.env, read), readFile: read }).catch(
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
const sandbox = await startSandbox({ staff: 200, posts: 3000, seed: 7 });
// ATRIUM_PREVIEW_HEADLESS=1 runs it without a window and ATRIUM_CHROMIUM_ARGS adds switches: the fresh-clone
// check in .ci/run uses both, to drive this very preview over a remote-debugging port on a machine without a display.
const chromiumArgs = process.env.ATRIUM_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? [];
const atrium = await startAtrium({ policy, demoInstanceUrl: sandbox.url, headless: process.env.ATRIUM_PREVIEW_HEADLESS === '1', fitToScreen: true, chromiumArgs });
if (policy.source) console.log(`Policy: ${policy.source}`);
console.log(`Atrium is open. Demo organization: ${sandbox.url} — sign in as ${sandbox.demoUser.username} / ${sandbox.demoUser.password}`);
console.log('Close the browser window (or press Ctrl+C) to stop.');

const stop = async () => {
  await atrium.close().catch(() => undefined);
  await sandbox.close();
  process.exit(0);
};
atrium.browser?.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
