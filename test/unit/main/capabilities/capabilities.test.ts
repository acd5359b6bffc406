import { MastoHttpError } from 'masto';
import { describe, expect, it } from 'vitest';
import { CapabilityStore } from '../../../../main/capabilities/capabilityStore';
import { detectCapabilities } from '../../../../main/capabilities/detectCapabilities';
import { AtriumFailure } from '../../../../shared/result';

const mastodon = { version: '4.5.0', sourceUrl: 'https://github.com/mastodon/mastodon', apiVersions: { mastodon: 7 } };
const mastodon42 = { version: '4.2.13', sourceUrl: 'https://github.com/mastodon/mastodon' };
const gotosocial = { version: '0.19.1', sourceUrl: 'https://github.com/superseriousbusiness/gotosocial' };

describe('capability detection', () => {
  it('reads today\'s Mastodon from its API version', () => {
    const found = detectCapabilities(mastodon);
    expect(found).toMatchObject({ software: 'mastodon', mastodonApiVersion: 7, quotes: true, groupedNotifications: true, directory: true });
    expect(found.streams).toContain('hashtag');
    expect(found.streams).toContain('user:notification');
  });

  it('reads an older Mastodon from its version number', () => {
    expect(detectCapabilities(mastodon42)).toMatchObject({ software: 'mastodon', mastodonApiVersion: null, quotes: false, groupedNotifications: false, directory: true });
    expect(detectCapabilities({ version: '4.3.2' })).toMatchObject({ quotes: false, groupedNotifications: true });
    // An API version, when given, is believed over the version number.
    expect(detectCapabilities({ version: '4.9.0', apiVersions: { mastodon: 2 } })).toMatchObject({ quotes: false, groupedNotifications: true });
  });

  it('knows GoToSocial streams only `user` and has no directory', () => {
    expect(detectCapabilities(gotosocial)).toEqual({
      software: 'gotosocial',
      version: '0.19.1',
      mastodonApiVersion: null,
      quotes: false,
      groupedNotifications: false,
      directory: false,
      streams: ['user'],
    });
  });

  it('gives the cautious answer for a malformed document', () => {
    for (const nonsense of [undefined, null, 'html', { version: 7, apiVersions: { mastodon: 'seven' } }]) {
      expect(detectCapabilities(nonsense)).toMatchObject({ software: 'other', quotes: false, groupedNotifications: false, directory: null, mastodonApiVersion: null });
    }
  });
});

describe('the capability store', () => {
  it('fetches once per account and learns from 404s and refused streams', async () => {
    let fetches = 0;
    const store = new CapabilityStore(async () => {
      fetches += 1;
      return mastodon;
    });
    expect((await store.get('a')).directory).toBe(true);
    store.learnFromFailure({ accountId: 'a', path: ['v1', 'directory', 'list'] }, new AtriumFailure('not_found', 'gone'));
    store.learnFromFailure({ accountId: 'a', path: ['v2', 'notifications', 'list'] }, new MastoHttpError({ statusCode: 404, message: 'Not found' }));
    // A 404 elsewhere (a deleted post) teaches nothing about the server.
    store.learnFromFailure({ accountId: 'a', path: ['v1', 'statuses', { select: '1' }, 'fetch'] }, new AtriumFailure('not_found', 'gone'));
    store.learn('a', { kind: 'stream-refused', stream: 'hashtag' });
    const learnt = await store.get('a');
    expect(learnt).toMatchObject({ directory: false, groupedNotifications: false, quotes: true });
    expect(await store.carries('a', 'hashtag')).toBe(false);
    expect(await store.carries('a', 'user')).toBe(true);
    expect(fetches).toBe(1);
    store.forget('a');
    expect((await store.get('a')).directory).toBe(true);
    expect(fetches).toBe(2);
  });

  it('asks again after a failed look-up and lets streams be tried meanwhile', async () => {
    let fail = true;
    const store = new CapabilityStore(async () => {
      if (fail) throw new Error('offline');
      return gotosocial;
    });
    await expect(store.get('a')).rejects.toThrow('offline');
    expect(await store.carries('a', 'hashtag')).toBe(true);
    fail = false;
    expect(await store.carries('a', 'hashtag')).toBe(false);
  });
});
