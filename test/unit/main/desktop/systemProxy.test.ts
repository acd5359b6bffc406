import { describe, expect, it } from 'vitest';
import { proxyFromChromium } from '../../../../main/desktop/systemProxy';

describe('proxyFromChromium', () => {
  it('goes direct when the system says so', () => {
    expect(proxyFromChromium('DIRECT')).toEqual({ kind: 'direct' });
    expect(proxyFromChromium('')).toEqual({ kind: 'direct' });
  });

  it('uses the first HTTP or HTTPS proxy, as Chromium does', () => {
    expect(proxyFromChromium('PROXY proxy.example.org:3128; DIRECT')).toEqual({ kind: 'proxy', url: 'http://proxy.example.org:3128' });
    expect(proxyFromChromium('HTTPS secure-proxy.example.org:443')).toEqual({ kind: 'proxy', url: 'https://secure-proxy.example.org:443' });
    expect(proxyFromChromium('PROXY [fd00::1]:8080')).toEqual({ kind: 'proxy', url: 'http://[fd00::1]:8080' });
  });

  it('reports what it cannot use instead of guessing', () => {
    expect(proxyFromChromium('SOCKS5 socks.example.org:1080; DIRECT')).toEqual({ kind: 'unsupported', entry: 'SOCKS5 socks.example.org:1080' });
    expect(proxyFromChromium('PROXY user:pw@proxy.example.org:3128')).toMatchObject({ kind: 'unsupported' });
  });
});
