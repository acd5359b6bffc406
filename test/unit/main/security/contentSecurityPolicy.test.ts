import { describe, expect, it } from 'vitest';
import { cspDirective, rendererCsp } from '../../../../main/security/contentSecurityPolicy';

describe("the renderer's Content-Security-Policy", () => {
  for (const allowInsecureMedia of [false, true]) {
    const csp = rendererCsp({ allowInsecureMedia });

    it(`gives the page no network connections (insecure media ${allowInsecureMedia})`, () => {
      expect(cspDirective(csp, 'connect-src')).toEqual(["'none'"]);
      expect(cspDirective(csp, 'default-src')).toEqual(["'none'"]);
    });

    it(`runs only the app's own scripts (insecure media ${allowInsecureMedia})`, () => {
      expect(cspDirective(csp, 'script-src')).toEqual(["'self'"]);
      expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    });
  }

  it('allows plain-http media only when asked (the sandbox serves http)', () => {
    expect(cspDirective(rendererCsp({ allowInsecureMedia: false }), 'img-src')).not.toContain('http:');
    expect(cspDirective(rendererCsp({ allowInsecureMedia: true }), 'img-src')).toContain('http:');
  });
});
