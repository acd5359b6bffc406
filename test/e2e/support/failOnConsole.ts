import { afterEach } from 'vitest';
import { takeConsoleProblems } from './consoleGuard';

// Loaded before every e2e file (vitest.e2e.config.ts): a test during which an Atrium page logged an
// error, threw, or had something blocked by its Content-Security-Policy fails, naming what happened.
// What happens while a file's `beforeAll` starts Atrium is charged to the file's first test.
afterEach(() => {
  const problems = takeConsoleProblems();
  if (problems.length > 0) {
    throw new Error(`The page logged ${problems.length} console error(s) or CSP violation(s):\n- ${problems.join('\n- ')}`);
  }
});
