import { describe, expect, it } from 'vitest';
import { normalizeInstanceUrl } from '../../../../main/auth/instanceUrl';
import { AtriumFailure } from '../../../../shared/result';

describe('normalizeInstanceUrl', () => {
  it.each([
    ['example.org', 'https://example.org'],
    ['  https://example.org/  ', 'https://example.org'],
    ['HTTPS://Example.ORG/@alice', 'https://example.org'],
    ['example.org:8443', 'https://example.org:8443'],
    ['@alice@example.org', 'https://example.org'],
    ['alice@example.org', 'https://example.org'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['http://localhost:4000/', 'http://localhost:4000'],
  ])('reads %j as %s', (input, origin) => {
    expect(normalizeInstanceUrl(input)).toBe(origin);
  });

  it.each([
    ['', /Type the address/],
    ['ftp://example.org', /https:\/\//],
    ['javascript:alert(1)', /https:\/\//],
    ['file:///etc/passwd', /https:\/\//],
    ['https://user:pw@example.org', /user name and password/],
    ['http://example.org', /secure connection: use https:\/\/example.org/],
    ['https://exa mple.org', /not a web address/],
  ])('refuses %j with a clear sentence', (input, message) => {
    expect(() => normalizeInstanceUrl(input)).toThrow(AtriumFailure);
    expect(() => normalizeInstanceUrl(input)).toThrow(message);
  });
});
