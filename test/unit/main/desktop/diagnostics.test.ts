import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diagnosticsText, RecentErrors, redactSecrets } from '../../../../main/desktop/diagnostics';
import { DEFAULT_POLICY } from '../../../../main/policy/policy';

// Real shapes: Doorkeeper (Mastodon) tokens, codes and client secrets are 32 random bytes in base64url.
const mastodonToken = () => randomBytes(32).toString('base64url');
const jwt = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFsaWNlIn0.c2lnbmF0dXJlLXBhcnQtaGVyZQ';
const hexSecret = randomBytes(20).toString('hex');
const base64Secret = randomBytes(30).toString('base64');

describe('redactSecrets', () => {
  it('removes every token shape wherever it appears', () => {
    // Random draws, plus the rare shapes a draw may give: no digit at all, and dashes and underscores.
    const secrets = [...Array.from({ length: 50 }, mastodonToken), 'ZAYjaBDUCmlKUplmOBmDgdhHzDeqsYtlLqwertyUIOP', 'q-_9w8e-r7t6_y5u4i3o2p1a-s_d-f_g-h_j-k_lzxc'];
    for (const secret of [...secrets, jwt, hexSecret, base64Secret]) {
      for (const text of [
        `Authorization: Bearer ${secret}`,
        `GET https://social.example.org/api/v1/streaming?stream=user&access_token=${secret}`,
        `{"access_token":"${secret}","token_type":"Bearer"}`,
        `client_secret=${secret}&code=${secret}`,
        `the token ${secret} was refused`,
        `wss://streaming.example.org/?access_token=${secret}`,
      ]) {
        const redacted = redactSecrets(text);
        expect(redacted, text).not.toContain(secret);
        expect(redacted).toContain('[redacted]');
      }
    }
  });

  it('removes codes, states, verifiers and passwords by name, even when short', () => {
    const redacted = redactSecrets('http://127.0.0.1:5555/callback?code=abc123&state=xyz code_verifier: "v1" password=hunter2 cookie: _session=1');
    for (const secret of ['abc123', 'xyz', '"v1"', 'hunter2', '_session=1']) expect(redacted).not.toContain(secret);
    expect(redactSecrets('https://alice:s3cret@proxy.example.org:3128/')).toBe('https://[redacted]@proxy.example.org:3128/');
  });

  it('leaves what IT needs to read', () => {
    const text = 'Atrium: 0.1.0 Electron: 45.5.0 Chromium: 142.0.7444.52 https://social.example.org/@alice/113456789012345678 HTTP 502';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('diagnosticsText', () => {
  it('reports versions, the policy in force, accounts by server and recent errors, with no secret', () => {
    const token = mastodonToken();
    const errors = new RecentErrors();
    errors.record('callMastodon', new Error(`401 for Bearer ${token}`), new Date('2026-11-29T10:00:00Z'));
    const text = diagnosticsText({
      now: new Date('2026-11-29T10:05:00Z'),
      versions: { Atrium: '0.1.0', Electron: '45.5.0' },
      platform: 'linux x64',
      policy: { ...DEFAULT_POLICY, source: '/etc/atrium/policy.json', instanceOrigin: 'https://social.example.org', allowOtherInstances: false },
      updates: 'off: the policy turns updates off',
      accounts: [{ instanceUrl: 'https://social.example.org', needsSignIn: true }],
      errors: errors.list(),
    });
    expect(text).toContain('Atrium: 0.1.0');
    expect(text).toContain('Policy in force (from /etc/atrium/policy.json)');
    expect(text).toContain('allowOtherInstances: false');
    expect(text).toContain('social.example.org (needs sign-in)');
    expect(text).toContain('2026-11-29T10:00:00.000Z callMastodon: Error: 401 for Bearer [redacted]');
    expect(text).not.toContain(token);
  });
});

describe('RecentErrors', () => {
  it('keeps the newest errors, redacted, up to its limit', () => {
    const errors = new RecentErrors(2);
    errors.record('a', new Error('one'));
    errors.record('b', 'two');
    errors.record('c', new Error(`access_token=${mastodonToken()}`));
    expect(errors.list().map((error) => error.where)).toEqual(['c', 'b']);
    expect(errors.list()[0]?.message).toBe('Error: access_token=[redacted]');
  });
});
