import { describe, expect, it } from 'vitest';
import { isSameOrigin, safeExternalUrl } from '../../../../main/security/urlGate';

describe('the external URL gate', () => {
  it('opens web and e-mail links', () => {
    expect(safeExternalUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(safeExternalUrl('http://example.com')).toBe('http://example.com/');
    expect(safeExternalUrl('mailto:comms@example.com')).toBe('mailto:comms@example.com');
  });

  it('refuses every other scheme and anything that does not parse', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'smb://host/share', 'vbscript:x', '//example.com', 'example.com', '']) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });

  it('refuses web links that hide credentials in the address', () => {
    expect(safeExternalUrl('https://example.com@attacker.com/')).toBeNull();
  });
});

describe('origin checks', () => {
  it('compares parsed origins, so a look-alike host is not the allowed one', () => {
    expect(isSameOrigin('https://example.com/path', 'https://example.com')).toBe(true);
    expect(isSameOrigin('https://example.com.attacker.com/', 'https://example.com')).toBe(false);
    expect(isSameOrigin('http://example.com/', 'https://example.com')).toBe(false);
    expect(isSameOrigin('https://example.com:8443/', 'https://example.com')).toBe(false);
    expect(isSameOrigin('nonsense', 'https://example.com')).toBe(false);
  });
});
