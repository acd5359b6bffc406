// `npm start`: builds Atrium and runs it in Electron, with the demo organization beside it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
if (!binary || !existsSync(binary)) {
  console.error('The Electron binary is not installed on this machine; run `npm run preview` to use Atrium in Chromium instead.');
  process.exit(1);
}

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
if (run('npm', ['run', 'build']).status !== 0) process.exit(1);

// The sandbox prints its address on its first line; Atrium offers it as the demo organization.
const sandbox = spawn('npm', ['run', '--silent', 'sandbox', '--', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const demoUrl = await new Promise((resolve) => {
  sandbox.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const match = /https?:\/\/127\.0\.0\.1:\d+/.exec(String(chunk));
    if (match) resolve(match[0]);
  });
  sandbox.on('exit', () => resolve(null));
});

const electron = spawn(binary, ['.'], { stdio: 'inherit', env: { ...process.env, ATRIUM_DEMO_URL: demoUrl ?? '' } });
electron.on('exit', (code) => {
  sandbox.kill();
  process.exit(code ?? 0);
});
