import { describe, expect, it } from 'vitest';
import { checkIssuer } from '../../../../main/auth/issuer';
import { type DiscoveredServer, mastodonDefaultServer } from '../../../../main/auth/serverMetadata';

const origin = 'https://social.example.org';
const answer = (fields: Record<string, string>) => new URLSearchParams({ code: 'c', state: 's', ...fields });
const published = (extra: { authorization_response_iss_parameter_supported?: boolean } = {}): DiscoveredServer => ({
  server: { ...mastodonDefaultServer(origin), ...extra },
  discovered: true,
});
const guessed: DiscoveredServer = { server: mastodonDefaultServer(origin), discovered: false };

describe('checkIssuer (RFC 9207)', () => {
  it('accepts iss that is exactly the published issuer, and an answer without iss from a server that never sends one', () => {
    expect(checkIssuer(published(), answer({ iss: `${origin}/` }), 'social.example.org').get('iss')).toBe(`${origin}/`);
    expect(checkIssuer(published(), answer({}), 'social.example.org').get('code')).toBe('c');
  });

  it('refuses iss naming another server, or written differently from the published issuer', () => {
    expect(() => checkIssuer(published(), answer({ iss: 'https://evil.example/' }), 'social.example.org')).toThrow(
      expect.objectContaining({ code: 'issuer_mismatch', details: { params: { host: 'social.example.org', other: 'evil.example' } } }),
    );
    expect(() => checkIssuer(published(), answer({ iss: origin }), 'social.example.org')).toThrow(expect.objectContaining({ code: 'issuer_mismatch' }));
    expect(() => checkIssuer(published(), answer({ iss: 'not a url' }), 'social.example.org')).toThrow(/answered by another server/);
  });

  it('refuses an answer without iss when the server says it always sends one', () => {
    expect(() => checkIssuer(published({ authorization_response_iss_parameter_supported: true }), answer({}), 'social.example.org')).toThrow(
      expect.objectContaining({ code: 'issuer_missing' }),
    );
  });

  it('compares by origin where the issuer is only Atrium’s guess (no metadata), and hands on no iss it checked', () => {
    const checked = checkIssuer(guessed, answer({ iss: origin }), 'social.example.org');
    expect(checked.has('iss')).toBe(false);
    expect(checked.get('code')).toBe('c');
    expect(() => checkIssuer(guessed, answer({ iss: 'https://social.example.org.evil.example' }), 'social.example.org')).toThrow(
      expect.objectContaining({ code: 'issuer_mismatch' }),
    );
  });
});
