import { createRestAPIClient } from 'masto';
import { describe, expect, it } from 'vitest';
import { startSandbox } from './index';
import { authorizeQuery, exchange, pkce, registerApp, signIn, type TestApp } from './testing/oauthDance';
import { useSandbox } from './testing/harness';

const REDIRECT = 'http://127.0.0.1:47111/callback';
const INVALID_GRANT = expect.objectContaining({ error: 'invalid_grant', error_description: expect.any(String) });

describe('OAuth', () => {
  const t = useSandbox();
  const base = () => t.sandbox.url;

  /** Signs in through the form; returns the code, the state echoed back and the SSO cookie. */
  async function authorize(app: TestApp, p = pkce(), scope = 'read write') {
    const query = authorizeQuery(app, REDIRECT, { challenge: p.challenge, state: p.state, scope });
    const form = await t.fetch(`/oauth/authorize?${query}`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Single sign-on');
    const res = await signIn(base(), query, t.sandbox.demoUser.username, t.sandbox.password);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    return { ...p, code: location.searchParams.get('code') ?? '', returnedState: location.searchParams.get('state'), cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', location };
  }

  it('runs the code flow with PKCE and the token works with masto', async () => {
    const app = await registerApp(base(), REDIRECT);
    const flow = await authorize(app);
    expect(`${flow.location.origin}${flow.location.pathname}`).toBe(REDIRECT);
    expect(flow.returnedState).toBe(flow.state);
    const { status, body } = await exchange(base(), app, { code: flow.code, code_verifier: flow.verifier, redirect_uri: REDIRECT });
    expect(status).toBe(200);
    expect(body.token_type).toBe('Bearer');
    expect(body.scope).toBe('read write');
    const me = await createRestAPIClient({ url: base(), accessToken: String(body.access_token) }).v1.accounts.verifyCredentials();
    expect(me.username).toBe(t.sandbox.demoUser.username);
  });

  it('refuses a wrong PKCE verifier, a missing one, and authorize without S256', async () => {
    const app = await registerApp(base(), REDIRECT);
    const flow = await authorize(app);
    const wrong = await exchange(base(), app, { code: flow.code, code_verifier: pkce().verifier, redirect_uri: REDIRECT });
    expect(wrong).toEqual({ status: 400, body: INVALID_GRANT });
    const flow2 = await authorize(app);
    const missing = await exchange(base(), app, { code: flow2.code, redirect_uri: REDIRECT });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_request');
    for (const challenge of [undefined, 'plain']) {
      const p = pkce();
      const q = authorizeQuery(app, REDIRECT, challenge === 'plain' ? { challenge: p.verifier, method: 'plain', state: p.state } : { state: p.state });
      const res = await t.fetch(`/oauth/authorize?${q}`);
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location') ?? '');
      expect(location.searchParams.get('error')).toBe('invalid_request');
      expect(location.searchParams.get('state')).toBe(p.state);
    }
  });

  it('echoes each flow its own state, so a code from another flow fails that flow’s verifier', async () => {
    const app = await registerApp(base(), REDIRECT);
    const a = await authorize(app);
    const b = await authorize(app);
    expect(a.returnedState).toBe(a.state);
    expect(b.returnedState).toBe(b.state);
    expect(a.returnedState).not.toBe(b.state);
    // The client holds flow A's verifier; an attacker injects flow B's code (wrong state).
    expect(await exchange(base(), app, { code: b.code, code_verifier: a.verifier, redirect_uri: REDIRECT })).toEqual({ status: 400, body: INVALID_GRANT });
  });

  it('refuses a replayed code and revokes the token it gave out', async () => {
    const app = await registerApp(base(), REDIRECT);
    const flow = await authorize(app);
    const first = await exchange(base(), app, { code: flow.code, code_verifier: flow.verifier, redirect_uri: REDIRECT });
    expect(first.status).toBe(200);
    const replay = await exchange(base(), app, { code: flow.code, code_verifier: flow.verifier, redirect_uri: REDIRECT });
    expect(replay).toEqual({ status: 400, body: INVALID_GRANT });
    expect(t.sandbox.isTokenValid(String(first.body.access_token))).toBe(false);
  });

  it('refuses an expired code (codes live ten minutes by the sandbox clock)', async () => {
    const app = await registerApp(base(), REDIRECT);
    const flow = await authorize(app);
    t.sandbox.clock.advance(11 * 60_000);
    expect(await exchange(base(), app, { code: flow.code, code_verifier: flow.verifier, redirect_uri: REDIRECT })).toEqual({ status: 400, body: INVALID_GRANT });
  });

  it('matches redirect URIs exactly by default, port included', async () => {
    const app = await registerApp(base(), REDIRECT);
    const p = pkce();
    const otherPort = authorizeQuery(app, 'http://127.0.0.1:50000/callback', { challenge: p.challenge, state: p.state });
    const res = await t.fetch(`/oauth/authorize?${otherPort}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    const flow = await authorize(app);
    const mismatch = await exchange(base(), app, { code: flow.code, code_verifier: flow.verifier, redirect_uri: 'http://127.0.0.1:47111/other' });
    expect(mismatch).toEqual({ status: 400, body: INVALID_GRANT });
  });

  it('ignores the loopback port with loopbackPortRule any-port (Mastodon, RFC 8252)', async () => {
    const lenient = await startSandbox({ staff: 5, posts: 10, loopbackPortRule: 'any-port' });
    try {
      const app = await registerApp(lenient.url, REDIRECT);
      const p = pkce();
      const res = await fetch(`${lenient.url}/oauth/authorize?${authorizeQuery(app, 'http://127.0.0.1:50000/callback', { challenge: p.challenge, state: p.state })}`, { redirect: 'manual' });
      expect(res.status).toBe(200);
      const other = await fetch(`${lenient.url}/oauth/authorize?${authorizeQuery(app, 'http://evil.example:47111/callback', { challenge: p.challenge, state: p.state })}`, { redirect: 'manual' });
      expect(other.status).toBe(400);
    } finally {
      await lenient.close();
    }
  });

  it('refuses a wrong client secret and a wrong password', async () => {
    const app = await registerApp(base(), REDIRECT);
    const flow = await authorize(app);
    const bad = await exchange(base(), { ...app, client_secret: 'nope' }, { code: flow.code, code_verifier: flow.verifier, redirect_uri: REDIRECT });
    expect(bad.status).toBe(401);
    expect(bad.body.error).toBe('invalid_client');
    const p = pkce();
    const res = await signIn(base(), authorizeQuery(app, REDIRECT, { challenge: p.challenge, state: p.state }), t.sandbox.demoUser.username, 'wrong');
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Invalid username or password');
  });

  it('remembers the SSO session unless force_login=true', async () => {
    const app = await registerApp(base(), REDIRECT);
    const flow = await authorize(app);
    const p = pkce();
    const again = await t.fetch(`/oauth/authorize?${authorizeQuery(app, REDIRECT, { challenge: p.challenge, state: p.state })}`, { headers: { cookie: flow.cookie } });
    expect(again.status).toBe(302);
    expect(new URL(again.headers.get('location') ?? '').searchParams.get('state')).toBe(p.state);
    const forced = await t.fetch(`/oauth/authorize?${authorizeQuery(app, REDIRECT, { challenge: p.challenge, state: p.state, extra: { force_login: 'true' } })}`, { headers: { cookie: flow.cookie } });
    expect(forced.status).toBe(200);
    expect(await forced.text()).toContain('name="password"');
  });

  it('refuses scopes the app did not register and enforces token scopes', async () => {
    const app = await registerApp(base(), REDIRECT, 'read');
    const p = pkce();
    const res = await t.fetch(`/oauth/authorize?${authorizeQuery(app, REDIRECT, { challenge: p.challenge, state: p.state, scope: 'read write' })}`);
    expect(new URL(res.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_scope');
    const readOnly = t.client(undefined, ['read']);
    await expect(readOnly.v1.statuses.create({ status: 'hi' })).rejects.toMatchObject({ statusCode: 403, message: 'This action is outside the authorized scopes' });
  });

  it('revokes tokens: the API then answers 401 with Mastodon’s error', async () => {
    const app = await registerApp(base(), REDIRECT);
    const flow = await authorize(app);
    const { body } = await exchange(base(), app, { code: flow.code, code_verifier: flow.verifier, redirect_uri: REDIRECT });
    const token = String(body.access_token);
    const revoke = await fetch(`${base()}/oauth/revoke`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ client_id: app.client_id, client_secret: app.client_secret, token }) });
    expect(revoke.status).toBe(200);
    const res = await t.fetch('/api/v1/accounts/verify_credentials', { token });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'The access token was revoked' });
    const none = await t.fetch('/api/v1/accounts/verify_credentials');
    expect(await none.json()).toEqual({ error: 'The access token is invalid' });
  });
});
