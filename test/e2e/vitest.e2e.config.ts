import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium against the built renderer and the sandbox, one file at a time (2 cores). */
export default defineConfig({
  test: {
    name: 'e2e',
    root: '.',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits on a condition; its default second is a fixed window a busy machine misses. Half a test's
    // time, as Playwright's own waits give, unless a test says otherwise.
    expect: { poll: { timeout: 30_000 } },
  },
});
