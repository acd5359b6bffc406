import { escapeHtml } from '../core/compose';

/** What the sign-in page needs. */
export interface SignInPage {
  orgName: string;
  appName: string;
  /** The original authorize parameters, carried through the form as hidden fields. */
  hidden: Record<string, string>;
  username?: string;
  error?: string;
}

/**
 * The organization's identity-provider stand-in: a plain sign-in form. Field names
 * (`username`, `password`) and the submit button are what e2e tests drive.
 */
export function signInPage(page: SignInPage): string {
  const hidden = Object.entries(page.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n      ');
  const error = page.error ? `<p class="error" role="alert">${escapeHtml(page.error)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(page.orgName)} · Single sign-on</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; background: #f3f4f8; color: #1d1f2b; display: grid; place-items: center; min-height: 100vh; margin: 0; }
    main { background: #fff; padding: 2rem 2.5rem; border-radius: 12px; box-shadow: 0 4px 24px rgb(0 0 0 / 8%); width: min(22rem, 90vw); }
    h1 { font-size: 1.25rem; margin: 0 0 .25rem; }
    p.lead { color: #5b5f73; margin: 0 0 1.5rem; }
    label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
    input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .6rem .7rem; border: 1px solid #c5c8d6; border-radius: 8px; font: inherit; }
    button { margin-top: 1.5rem; width: 100%; padding: .7rem; border: 0; border-radius: 8px; background: #4f46e5; color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
    .error { color: #b42318; background: #fef3f2; padding: .5rem .75rem; border-radius: 8px; }
  </style>
</head>
<body>
  <main>
    <h1>${escapeHtml(page.orgName)} Single sign-on</h1>
    <p class="lead">Sign in to continue to <strong>${escapeHtml(page.appName)}</strong>.</p>
    ${error}
    <form method="post" action="/oauth/authorize">
      ${hidden}
      <label for="username">Username</label>
      <input id="username" name="username" type="text" autocomplete="username" required value="${escapeHtml(page.username ?? '')}">
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required>
      <button type="submit">Sign in</button>
    </form>
  </main>
</body>
</html>`;
}

/** A plain error page for requests that cannot be redirected back (unknown client, bad redirect URI). */
export function errorPage(orgName: string, error: string, description: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(orgName)} · Single sign-on</title></head><body><main><h1>An error has occurred</h1><p><code>${escapeHtml(error)}</code></p><p>${escapeHtml(description)}</p></main></body></html>`;
}
