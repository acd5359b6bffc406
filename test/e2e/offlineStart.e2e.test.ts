import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { startAtrium, type TestAtrium } from './support/atrium';
import { signInThroughBrowser } from './support/signIn';

let sandbox: Sandbox;
let atrium: TestAtrium | undefined;

beforeAll(async () => {
  sandbox = await startSandbox({ staff: 30, posts: 600, seed: 9 });
});

afterAll(async () => {
  await atrium?.close();
  await sandbox?.close();
});

describe('starting again', () => {
  it('shows the last-seen Home from the device before (and without) the server', async () => {
    const first = await startAtrium({});
    await signInThroughBrowser(first, sandbox.url, sandbox.demoUser);
    const home = first.page.getByRole('feed', { name: 'Home' });
    await home.getByRole('article').first().waitFor();
    const seen = await home.getByRole('article').first().getAttribute('aria-label');
    // The cache is written once the timeline settles.
    await first.page.waitForTimeout(2_500);
    await first.quit();

    // The server is unreachable at the next start: Home still shows what was last seen.
    await sandbox.misbehave.down();
    atrium = await startAtrium({ dataDir: first.dataDir });
    const again = atrium.page.getByRole('feed', { name: 'Home' });
    await again.getByRole('article').first().waitFor();
    await expect(again.getByRole('article').first().getAttribute('aria-label')).resolves.toBe(seen);
    const offline = atrium.page.getByText(/^Offline: Atrium cannot reach/);
    await offline.waitFor();

    // Back online: the stream reconnects by itself and the mark goes away.
    await sandbox.misbehave.up();
    await offline.waitFor({ state: 'detached', timeout: 30_000 });
  });
});
