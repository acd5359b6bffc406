import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './index';
import { authorizeQuery, pkce, registerApp, signIn } from './testing/oauthDance';

const REDIRECT = 'http://127.0.0.1:47112/callback';

describe('OAuth issuer identification (RFC 9207)', () => {
  let issuing: Sandbox;
  let plain: Sandbox;
  beforeAll(async () => {
    [issuing, plain] = await Promise.all([startSandbox({ staff: 5, posts: 10, sendIssuer: true }), startSandbox({ staff: 5, posts: 10 })]);
  });
  afterAll(async () => {
    await Promise.all([issuing.close(), plain.close()]);
  });

  const metadata = async (base: string) => (await (await fetch(`${base}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;

  it('with sendIssuer, advertises iss and names itself in codes and errors alike', async () => {
    expect((await metadata(issuing.url))['authorization_response_iss_parameter_supported']).toBe(true);
    const app = await registerApp(issuing.url, REDIRECT);
    const p = pkce();
    const granted = await signIn(issuing.url, authorizeQuery(app, REDIRECT, { challenge: p.challenge, state: p.state }), issuing.demoUser.username, issuing.password);
    const location = new URL(granted.headers.get('location') ?? '');
    expect(location.searchParams.get('code')).toBeTruthy();
    expect(location.searchParams.get('iss')).toBe(`${issuing.url}/`);

    const refused = await fetch(`${issuing.url}/oauth/authorize?${authorizeQuery(app, REDIRECT, { state: p.state })}`, { redirect: 'manual' });
    const refusal = new URL(refused.headers.get('location') ?? '');
    expect(refusal.searchParams.get('error')).toBe('invalid_request');
    expect(refusal.searchParams.get('iss')).toBe(`${issuing.url}/`);
  });

  it('without it, neither advertises nor sends iss, as many servers do', async () => {
    expect(await metadata(plain.url)).not.toHaveProperty('authorization_response_iss_parameter_supported');
    const app = await registerApp(plain.url, REDIRECT);
    const p = pkce();
    const granted = await signIn(plain.url, authorizeQuery(app, REDIRECT, { challenge: p.challenge, state: p.state }), plain.demoUser.username, plain.password);
    expect(new URL(granted.headers.get('location') ?? '').searchParams.has('iss')).toBe(false);
  });
});
