// The README's promise, checked (.ci/run calls this after the tests): a clean clone, `npm install`, then
// `npm run preview` brings up the demo organization. The preview runs headless on a made-up laptop screen
// with a remote-debugging port, and this script drives it as a person would: demo, sign-in page, Home.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const step = (what: string) => console.log(`[fresh clone ${elapsed()}] ${what}`);
// `--no-keychain`: this machine has no keychain (.ci/run calls it outside the keyring session), so the first
// screen must say that the demo keeps its sign-in in memory, and the demo must still open.
const expectNoKeychain = process.argv.includes('--no-keychain');
// A laptop screen lower than Atrium's 860 px window: the window must shrink to fit it.
const laptopScreen = { width: 1366, height: 768 };

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port.'))));
    });
  });
}

/** Starts `npm run preview` in `dir` and resolves with the demo sign-in it prints. */
function startPreview(dir: string, port: number): { child: ChildProcess; ready: Promise<{ username: string; password: string }> } {
  const child = spawn('npm', ['run', 'preview'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ATRIUM_PREVIEW_HEADLESS: '1', ATRIUM_CHROMIUM_ARGS: `--remote-debugging-port=${port} --screen-info={${laptopScreen.width}x${laptopScreen.height}}` },
  });
  const ready = new Promise<{ username: string; password: string }>((resolve, reject) => {
    let printed = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      printed += String(chunk);
      const match = /sign in as (\S+) \/ (\S+)/.exec(printed);
      if (match?.[1] && match[2]) resolve({ username: match[1], password: match[2] });
    });
    child.on('exit', (code) => reject(new Error(`npm run preview stopped (exit ${code}) before Atrium was open.`)));
  });
  return { child, ready };
}

/** The first page, in any window, for which `test` holds, checked until `timeoutMs` runs out. */
async function findPage(browser: Browser, test: (page: Page) => Promise<boolean>, timeoutMs: number): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of browser.contexts().flatMap((context) => context.pages())) if (await test(page).catch(() => false)) return page;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The page did not appear in time.');
}

async function signInToDemo(port: number, demoUser: { username: string; password: string }): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const app = await findPage(browser, (page) => page.getByRole('button', { name: 'Try the demo organization' }).isVisible(), 30_000);
    const fits = await app.evaluate(() => ({ width: window.outerWidth, height: window.outerHeight, screenWidth: screen.availWidth, screenHeight: screen.availHeight }));
    if (fits.width > fits.screenWidth || fits.height > fits.screenHeight) throw new Error(`The window (${fits.width}×${fits.height}) is larger than the screen (${fits.screenWidth}×${fits.screenHeight}).`);
    step(`first screen in a ${fits.width}×${fits.height} window on a ${fits.screenWidth}×${fits.screenHeight} screen`);
    if (expectNoKeychain) {
      await app.getByRole('status').filter({ hasText: 'kept in memory only' }).waitFor({ timeout: 30_000 });
      step('no keychain here, and the first screen says the demo keeps its sign-in in memory');
    }

    await app.getByRole('button', { name: 'Try the demo organization' }).click();
    const sso = await findPage(browser, (page) => page.getByLabel(/password/i).isVisible(), 30_000);
    await sso.getByLabel(/user ?name/i).fill(demoUser.username);
    await sso.getByLabel(/password/i).fill(demoUser.password);
    await sso.getByRole('button', { name: /sign in/i }).click();
    await app.getByRole('article').first().waitFor({ timeout: 30_000 });
    step(`Home shows ${await app.getByRole('article').count()} posts`);
  } finally {
    await browser.close();
  }
}

const repo = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).stdout.trim();
const dir = await mkdtemp(path.join(tmpdir(), 'atrium-fresh-clone-'));
let preview: ChildProcess | undefined;
try {
  run('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, dir], repo);
  step('cloned');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error'], dir);
  step('npm install done');
  const port = await freePort();
  const launched = startPreview(dir, port);
  preview = launched.child;
  const demoUser = await launched.ready;
  await signInToDemo(port, demoUser);
  step('passed');
} finally {
  // The preview and what it started (its browser, the sandbox) are one process group.
  if (preview?.pid && preview.exitCode === null) process.kill(-preview.pid, 'SIGINT');
  await rm(dir, { recursive: true, force: true });
}
