import { describe, expect, it } from 'vitest';
import { linksInArguments, parseDeepLink } from '../../../../main/desktop/deepLink';

const org = 'https://social.example.org';
const parse = (link: string) => parseDeepLink(link, org);

describe('parseDeepLink', () => {
  it('opens profiles on the organization server', () => {
    expect(parse('https://social.example.org/@alice')).toEqual({ kind: 'account', query: 'alice@social.example.org' });
    expect(parse('https://social.example.org/@Alice/')).toEqual({ kind: 'account', query: 'alice@social.example.org' });
    expect(parse('https://social.example.org/users/bob')).toEqual({ kind: 'account', query: 'bob@social.example.org' });
    // A remote person as the organization's server shows them.
    expect(parse('https://social.example.org/@carol@other.example')).toEqual({ kind: 'account', query: 'carol@other.example' });
  });

  it('opens posts on the organization server', () => {
    expect(parse('https://social.example.org/@alice/113456789012345678')).toEqual({ kind: 'status', query: 'https://social.example.org/@alice/113456789012345678' });
    expect(parse('https://social.example.org/users/alice/statuses/42?foo=bar#x')).toEqual({ kind: 'status', query: 'https://social.example.org/users/alice/statuses/42' });
  });

  it('reads web+mastodon follow links', () => {
    expect(parse('web+mastodon://follow?uri=acct:dana@other.example')).toEqual({ kind: 'account', query: 'dana@other.example' });
    expect(parse('web+mastodon://follow?uri=%40erin%40social.example.org')).toEqual({ kind: 'account', query: 'erin@social.example.org' });
    expect(parseDeepLink('web+mastodon://follow?uri=acct:dana@other.example', null)).toEqual({ kind: 'account', query: 'dana@other.example' });
  });

  it('refuses links to other servers, however they are dressed up', () => {
    for (const link of [
      'https://social.example.org.attacker.test/@alice',
      'https://attacker.test/@alice',
      'https://attacker.test/social.example.org/@alice',
      'https://social.example.org@attacker.test/@alice',
      'https://user:pass@social.example.org/@alice',
      'http://social.example.org/@alice',
      'https://social.example.org:8443/@alice',
    ]) {
      expect(parse(link), link).toBeNull();
    }
    expect(parseDeepLink('https://social.example.org/@alice', null)).toBeNull();
  });

  it('refuses other schemes and anything that is not plainly a post or a profile', () => {
    for (const link of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'web+mastodon://share?text=hello',
      'web+mastodon://follow?uri=javascript:alert(1)',
      'web+mastodon://follow?uri=acct:a@b@c',
      'web+mastodon://follow?uri=acct:a%0a@evil.test',
      'https://social.example.org/',
      'https://social.example.org/settings/applications',
      'https://social.example.org/oauth/authorize?client_id=x',
      'https://social.example.org/@alice/../../admin',
      'https://social.example.org/@alice/%2e%2e/admin',
      'https://social.example.org/@alice%2F..%2Fadmin',
      'https://social.example.org/@alice/123/reblogs',
      'https://social.example.org/@alice/12;3',
      'https://social.example.org/@al ice',
      'https://social.example.org/@alice\u0000',
      'https://social.example.org/@alice\\..\\admin',
      `https://social.example.org/@alice/${'1'.repeat(3000)}`,
      'not a link',
      '',
    ]) {
      expect(parse(link), link).toBeNull();
    }
  });

  it('accepts a loopback http server (the sandbox) only when it is the organization', () => {
    expect(parseDeepLink('http://127.0.0.1:4000/@alice', 'http://127.0.0.1:4000')).toEqual({ kind: 'account', query: 'alice@127.0.0.1:4000' });
  });
});

describe('linksInArguments', () => {
  it('keeps only the links of a second launch', () => {
    expect(linksInArguments(['/opt/Atrium/atrium', '--no-sandbox', 'web+mastodon://follow?uri=acct:a@b.example', 'https://social.example.org/@a'])).toEqual([
      'web+mastodon://follow?uri=acct:a@b.example',
      'https://social.example.org/@a',
    ]);
  });
});
