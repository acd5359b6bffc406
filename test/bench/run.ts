// `npm run bench`: measures what the README quotes. Not a test: it prints a table of medians.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MastoClientPool, type AccountCredentials } from '../../main/api/clientPool';
import { MastoDispatcher } from '../../main/api/dispatcher';
import { startSandbox } from '../sandbox/index';
import { initialBundleGzipBytes } from './bundleSize';
import { measureDirectoryFilter } from './directoryTimings';
import { measureRenderer, p95 } from './rendererTimings';
import { median, timeRuns } from './stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rows: [string, string, string][] = [];

const bundle = await initialBundleGzipBytes(root);
rows.push(['initial renderer JS (gzip)', `${(bundle / 1024).toFixed(1)} KB`, 'budget 150 KB']);

const seedTimes = await timeRuns(3, async () => {
  const sandbox = await startSandbox({ staff: 5_000, posts: 50_000, seed: 7, rateLimit: false });
  await sandbox.close();
});
rows.push(['sandbox: seed 5,000 staff + 50,000 posts', `${median(seedTimes).toFixed(0)} ms`, 'median of 3; budget 5,000 ms']);

// Enough posts that Home has thousands to scroll through.
const sandbox = await startSandbox({ staff: 200, posts: 20_000, seed: 7, rateLimit: false });
const token = sandbox.issueToken(sandbox.demoUser.username);
const credentials: AccountCredentials = {
  instanceUrl: async () => sandbox.url,
  accessToken: async () => token,
  markNeedsSignIn: async () => undefined,
};
const dispatcher = new MastoDispatcher(new MastoClientPool(credentials), credentials);
const homePage = () => dispatcher.call({ accountId: 'bench', path: ['v1', 'timelines', 'home', 'list'], params: { limit: 40 } });
await homePage();
const pageTimes = await timeRuns(30, homePage);
rows.push(['home page of 40 through the dispatcher', `${median(pageTimes).toFixed(1)} ms`, 'median of 30, loopback sandbox']);

const renderer = await measureRenderer(sandbox);
rows.push(['first Home paint after a reload', `${median(renderer.firstPaintMs).toFixed(0)} ms`, 'median of 7, headless Chromium']);
rows.push([
  'frame while scrolling Home',
  `${median(renderer.frameMs).toFixed(1)} ms`,
  // Frames over 50 ms are the ones a person sees as a stutter.
  `median of ${renderer.frameMs.length} at 120 px a frame; p95 ${p95(renderer.frameMs).toFixed(1)} ms; ${renderer.frameMs.filter((ms) => ms > 50).length} over 50 ms`,
]);
await sandbox.close();

// The directory of a 5,000-person organization: a key press in the search box until the list shows the result.
const organization = await startSandbox({ staff: 5_000, posts: 500, seed: 7, rateLimit: false });
const directory = await measureDirectoryFilter(organization);
rows.push([
  `directory: key press to filtered list (${directory.people.toLocaleString('en')} people)`,
  `${p95(directory.keyMs).toFixed(1)} ms`,
  `p95 of ${directory.keyMs.length} key presses, to the next frame; median ${median(directory.keyMs).toFixed(1)} ms; budget 50 ms`,
]);
rows.push([
  'directory: key press to list in the DOM (filter + render)',
  `${p95(directory.renderMs).toFixed(1)} ms`,
  `p95 of ${directory.renderMs.length}; median ${median(directory.renderMs).toFixed(1)} ms`,
]);
await organization.close();

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\n${'measure'.padEnd(width)}  value       note`);
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(10)}  ${note}`);
