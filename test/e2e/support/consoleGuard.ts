import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/**
 * Console errors an e2e test may cause on purpose, each with why it is expected. Anything else a
 * page logs as an error, throws, or reports as a Content-Security-Policy violation fails the test
 * that was running (see failOnConsole.ts): console noise hides real problems.
 */
export const expectedConsoleErrors: readonly { pattern: RegExp; reason: string }[] = [
  {
    // Chromium logs every failed network load; the sandbox is taken down on purpose (offline start,
    // instance down) and then avatars and media on it cannot load: refused, or reset when a load was
    // under way as it went down (a busy machine makes that likelier). Atrium shows that state itself.
    pattern: /^Failed to load resource: net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|SOCKET_NOT_CONNECTED)$/,
    reason: 'a test takes the sandbox down, so its images cannot load',
  },
  {
    // firstScreen.e2e.test.ts proves the page cannot reach the network: Chromium reports the refused fetch.
    pattern: /(https:\/\/example\.com\/.*Content Security Policy|Content Security Policy.*https:\/\/example\.com\/|^\[csp violation\] connect-src blocked https:\/\/example\.com\/)/,
    reason: 'a test tries to fetch https://example.com/ to prove connect-src refuses it',
  },
];

/** What the page reports to the test, prefixed so it reads as a CSP violation in a failure. */
const violationPrefix = '[csp violation]';

/** Problems seen since the last `takeConsoleProblems()`, across every guarded page. */
let problems: string[] = [];

/**
 * Watches every page of an Atrium browser context: console errors, uncaught exceptions and CSP
 * violations (listened for inside the page, since Chromium's console message for one can be
 * missing, e.g. for a violation in a worker or one reported without a console entry).
 */
export async function guardConsole(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      console.warn(${JSON.stringify(violationPrefix)} + ' ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber + ' ' + (event.sample || ''));
    });`,
  });
  context.on('page', watchPage);
  for (const page of context.pages()) watchPage(page);
}

function watchPage(page: Page): void {
  page.on('pageerror', (error) => record(`uncaught: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    // The page's own listener reports violations as warnings, so tests reading `pageErrors` see no duplicate.
    if (message.type() === 'error' || (message.type() === 'warning' && message.text().startsWith(violationPrefix))) record(message.text());
  });
}

function record(text: string): void {
  if (expectedConsoleErrors.some(({ pattern }) => pattern.test(text))) return;
  problems.push(text.length > 400 ? `${text.slice(0, 400)}…` : text);
}

/** Returns the problems seen since the last call, and forgets them. */
export function takeConsoleProblems(): string[] {
  const found = problems;
  problems = [];
  return found;
}
