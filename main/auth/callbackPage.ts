/** The pages the loopback listener answers the browser with: small, static, no scripts, nothing from the server echoed. */

const page = (title: string, text: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Atrium</title>` +
  '<meta name="viewport" content="width=device-width,initial-scale=1"><style>' +
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f6f7f9;color:#1d2330}' +
  'main{max-width:28rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002;text-align:center}' +
  '@media (prefers-color-scheme:dark){body{background:#14161b;color:#e8eaf0}main{background:#1e2129}}' +
  `</style></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** Shown after a successful callback. */
export const SIGNED_IN_PAGE = page('Signed in', 'You can close this tab and return to Atrium.');

/** Shown when the server reported an error (for example, the person refused access). */
export const NOT_SIGNED_IN_PAGE = page(
  'Sign-in did not complete',
  'Atrium has been told why. You can close this tab and return to Atrium.',
);

/** Shown for a callback whose `state` does not belong to the sign-in Atrium started. */
export const WRONG_STATE_PAGE = page(
  'This sign-in link is not the one Atrium is waiting for',
  'Atrium ignored it and is still waiting for the sign-in it started. You can close this tab.',
);

/** Shown for any further request once the one callback has been received. */
export const ALREADY_DONE_PAGE = page('Already done', 'Atrium has already received this sign-in. You can close this tab.');

/** Shown for any path other than the callback. */
export const NOT_FOUND_PAGE = page('Not found', 'This address is only used by Atrium to finish signing in.');
