import type { mastodon } from 'masto';
import { describe, expect, it } from 'vitest';
import { familiarSummary, headerOf, isVerified, movedTo, nextTab } from '../../../../renderer/features/people/profileLogic';
import { account } from '../timelines/fixtures';

describe('a moved account', () => {
  it('points to the account its person moved to', () => {
    const fresh = account({ id: '2', acct: 'sam_rivers' });
    expect(movedTo(account({ id: '1', acct: 'srivers', moved: fresh }))?.acct).toBe('sam_rivers');
  });

  it('follows a chain of moves to where the person is today', () => {
    const today = account({ id: '3', acct: 'sam@new.example' });
    const middle = account({ id: '2', acct: 'sam_rivers', moved: today });
    expect(movedTo(account({ id: '1', moved: middle }))?.id).toBe('3');
  });

  it('offers nothing for an account that did not move, a loop or a malformed answer', () => {
    expect(movedTo(account({ id: '1' }))).toBeUndefined();
    expect(movedTo(account({ id: '1', moved: null }))).toBeUndefined();
    const loop = account({ id: '2' });
    loop.moved = account({ id: '1', moved: loop });
    expect(movedTo(account({ id: '1', moved: loop }))).toBeUndefined();
    expect(movedTo(account({ id: '1', moved: { id: 7 } as unknown as mastodon.v1.Account }))).toBeUndefined();
  });
});

describe('profile details', () => {
  it('shows a header picture but not Mastodon’s placeholder or a non-web address', () => {
    expect(headerOf({ header: 'https://social.example/headers/1.png', headerStatic: '' })).toBe('https://social.example/headers/1.png');
    expect(headerOf({ header: 'https://social.example/headers/original/missing.png', headerStatic: 'https://social.example/headers/original/missing.png' })).toBeNull();
    expect(headerOf({ header: 'javascript:alert(1)', headerStatic: '' })).toBeNull();
  });

  it('marks a field verified only with a real date', () => {
    expect(isVerified({ verifiedAt: '2026-11-20T10:00:00.000Z' })).toBe(true);
    expect(isVerified({ verifiedAt: null })).toBe(false);
    expect(isVerified({ verifiedAt: 'yesterday' })).toBe(false);
  });

  it('names two familiar followers and counts the rest', () => {
    const people = ['Ana', 'Ben', 'Chloé', 'Dev'].map((displayName, index) => account({ id: String(index), displayName }));
    expect(familiarSummary(people)).toEqual({ names: ['Ana', 'Ben'], others: 2 });
    expect(familiarSummary(people.slice(0, 1))).toEqual({ names: ['Ana'], others: 0 });
    expect(familiarSummary([account({ displayName: ' ', username: 'quiet' })])).toEqual({ names: ['quiet'], others: 0 });
  });

  it('moves between tabs with the arrow keys, Home and End, wrapping around', () => {
    expect(nextTab('posts', 'ArrowRight')).toBe('replies');
    expect(nextTab('posts', 'ArrowLeft')).toBe('following');
    expect(nextTab('following', 'ArrowRight')).toBe('posts');
    expect(nextTab('media', 'Home')).toBe('posts');
    expect(nextTab('media', 'End')).toBe('following');
    expect(nextTab('media', 'a')).toBeUndefined();
  });
});
