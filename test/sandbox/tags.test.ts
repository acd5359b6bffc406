import { describe, expect, it } from 'vitest';
import { NEW_HIRE_USERNAME } from './seed/newHire';
import { useSandbox } from './testing/harness';

describe('hashtags: follow and followed', () => {
  const t = useSandbox();

  it('follows and unfollows a hashtag, and lists the followed ones', async () => {
    const masto = t.client();
    const followed = await masto.v1.tags.$select('Atrium').follow();
    expect(followed).toMatchObject({ name: 'atrium', following: true });
    expect((await masto.v1.followedTags.list()).map((tag) => tag.name)).toEqual(['atrium']);
    expect((await masto.v1.tags.$select('atrium').fetch()).following).toBe(true);
    await masto.v1.tags.$select('atrium').unfollow();
    expect(await masto.v1.followedTags.list()).toEqual([]);
    await expect(masto.v1.tags.$select('no such tag').fetch()).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('the directory of a server', () => {
  const t = useSandbox();

  it('lists a new hire who joined days ago and follows almost nobody', async () => {
    const masto = t.client();
    const newest = await masto.v1.directory.list({ local: true, order: 'new', limit: 1 });
    expect(newest[0]?.username).toBe(NEW_HIRE_USERNAME);
    expect(newest[0]?.followingCount).toBeLessThan(5);
    expect(Date.now() - Date.parse(newest[0]?.createdAt ?? '')).toBeLessThan(14 * 86_400_000);
  });
});

describe('a server without a directory', () => {
  const t = useSandbox({ staff: 20, posts: 50, seed: 2, directory: false });

  it('answers the directory with 404, as GoToSocial does, while account search still works', async () => {
    const masto = t.client();
    await expect(masto.v1.directory.list({ local: true })).rejects.toMatchObject({ statusCode: 404 });
    const found = await masto.v2.search.list({ q: 'Platform', type: 'accounts' });
    expect(found.accounts.length).toBeGreaterThan(0);
  });
});
