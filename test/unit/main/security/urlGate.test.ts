import { describe, expect, it } from 'vitest';
import { isSameOrigin, safeExternalUrl } from '../../../../main/security/urlGate';

describe('the external URL gate', () => {
  it('opens web and e-mail links', () => {
    expect(safeExternalUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(safeExternalUrl('http://example.com')).toBe('http://example.com/');
    expect(safeExternalUrl('mailto:comms@example.com')).toBe('mailto:comms@example.com');
    expect(safeExternalUrl('mailto:a@example.com?subject=Hi%20there&body=x')).toBe('mailto:a@example.com?subject=Hi%20there&body=x');
  });

  it('refuses every other scheme and anything that does not parse', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'smb://host/share', 'vbscript:x', '//example.com', 'example.com', '']) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });

  it('hands on only to, cc, subject and body of a mailto: link', () => {
    expect(safeExternalUrl('mailto:a@example.com?attach=/home/me/.ssh/id_rsa&subject=Hi&ATTACHMENT=x&bcc=spy@evil.test&body=Hello%20you')).toBe(
      'mailto:a@example.com?subject=Hi&body=Hello%20you',
    );
    expect(safeExternalUrl('mailto:a@example.com?Attach=C:%5Csecret.docx')).toBe('mailto:a@example.com');
    expect(safeExternalUrl('mailto:?To=a@example.com&CC=b@example.com&X-Header=1')).toBe('mailto:?to=a%40example.com&cc=b%40example.com');
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
