import { createHash, randomBytes } from 'node:crypto';

/** A registered app as the sandbox returned it. */
export interface TestApp {
  client_id: string;
  client_secret: string;
}

/** Registers an OAuth app. */
export async function registerApp(base: string, redirectUri: string, scopes = 'read write follow'): Promise<TestApp> {
  const res = await fetch(`${base}/api/v1/apps`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_name: 'Atrium tests', redirect_uris: [redirectUri], scopes }),
  });
  return (await res.json()) as TestApp;
}

/** A fresh PKCE pair and state. */
export function pkce(): { verifier: string; challenge: string; state: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url'), state: randomBytes(8).toString('hex') };
}

/** The authorize URL's query for an app. */
export function authorizeQuery(app: TestApp, redirectUri: string, p: { challenge?: string; state: string; method?: string; scope?: string; extra?: Record<string, string> }): URLSearchParams {
  const q = new URLSearchParams({ response_type: 'code', client_id: app.client_id, redirect_uri: redirectUri, scope: p.scope ?? 'read write', state: p.state, ...p.extra });
  if (p.challenge) {
    q.set('code_challenge', p.challenge);
    q.set('code_challenge_method', p.method ?? 'S256');
  }
  return q;
}

/** Submits the SSO form like a browser would; returns the response (redirect not followed). */
export async function signIn(base: string, query: URLSearchParams, username: string, password: string, cookie?: string): Promise<Response> {
  const form = new URLSearchParams(query);
  form.set('username', username);
  form.set('password', password);
  return fetch(`${base}/oauth/authorize`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: form.toString(),
    redirect: 'manual',
  });
}

/** Exchanges a code at the token endpoint; returns status and JSON body. */
export async function exchange(base: string, app: TestApp, fields: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: app.client_id, client_secret: app.client_secret, ...fields }).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
