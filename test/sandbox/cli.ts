/**
 * `npm run sandbox -- --staff 200 --posts 5000 --seed 7`
 * Starts a sandbox instance, prints its URL and the demo sign-in, runs until Ctrl+C.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './index';
import { isServerProfileName, serverProfileNames } from './profiles/serverProfile';

const { values } = parseArgs({
  options: {
    staff: { type: 'string', default: '200' },
    posts: { type: 'string', default: '1500' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '0' },
    latency: { type: 'string', default: '0' },
    org: { type: 'string', default: 'Northwind' },
    'any-port': { type: 'boolean', default: false },
    'no-rate-limit': { type: 'boolean', default: false },
    'no-directory': { type: 'boolean', default: false },
    profile: { type: 'string', default: 'mastodon' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run sandbox -- [--staff 200] [--posts 1500] [--seed 1] [--port 0] [--latency 0]
                       [--org Northwind] [--any-port] [--no-rate-limit] [--no-directory]
                       [--profile ${serverProfileNames.join(' | ')}]`);
  process.exit(0);
}

if (!isServerProfileName(values.profile)) {
  console.error(`Unknown --profile ${values.profile}: use one of ${serverProfileNames.join(', ')}.`);
  process.exit(2);
}

const started = performance.now();
const sandbox = await startSandbox({
  staff: Number(values.staff),
  posts: Number(values.posts),
  seed: Number(values.seed),
  port: Number(values.port),
  latencyMs: Number(values.latency),
  orgName: values.org,
  profile: values.profile,
  loopbackPortRule: values['any-port'] ? 'any-port' : 'exact',
  ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
  ...(values['no-directory'] ? { directory: false } : {}),
});

console.log(`Sandbox instance (${values.org}, playing ${values.profile}) ready in ${Math.round(performance.now() - started)} ms`);
console.log(`  URL:       ${sandbox.url}`);
console.log(`  Streaming: ${sandbox.url.replace(/^http/, 'ws')}/api/v1/streaming`);
console.log(`  Sign in:   ${sandbox.demoUser.username} / ${sandbox.demoUser.password}  (every seeded staff member uses this password)`);
console.log(`  Admin:     ${sandbox.url}/__sandbox/info`);
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
