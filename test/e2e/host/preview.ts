// `npm run preview`: Atrium in a visible Chromium window, with the demo organization, for
// machines without the Electron binary. Sign-in pages open in a second window, as a browser would.
import { startSandbox } from '../../sandbox/index';
import { startAtrium } from '../support/atrium';

const sandbox = await startSandbox({ staff: 200, posts: 3000, seed: 7 });
const atrium = await startAtrium({ demoInstanceUrl: sandbox.url, headless: false });
console.log(`Atrium is open. Demo organization: ${sandbox.url} — sign in as ${sandbox.demoUser.username} / ${sandbox.demoUser.password}`);
console.log('Close the browser window (or press Ctrl+C) to stop.');

const stop = async () => {
  await atrium.close().catch(() => undefined);
  await sandbox.close();
  process.exit(0);
};
atrium.browser.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
