import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

describe('search with resolve=true', () => {
  const t = useSandbox();

  it('finds a post by its URL or its ActivityPub id, so a reply can be re-found from another account', async () => {
    const post = await t.client('comms').v1.statuses.create({ status: 'All-hands at three #allhands' });
    const other = t.client();
    for (const q of [post.url ?? '', post.uri]) {
      const found = await other.v2.search.list({ q, resolve: true, type: 'statuses' });
      expect(found.statuses.map((s) => s.id)).toEqual([post.id]);
    }
    // Without resolve, a URL is not looked up.
    expect((await other.v2.search.list({ q: post.url ?? '', type: 'statuses' })).statuses).toEqual([]);
  });

  it('finds an account by its full handle, local or remote, and nothing for an unknown one', async () => {
    const masto = t.client();
    const host = new URL(t.sandbox.url).host;
    const local = await masto.v2.search.list({ q: `@comms@${host}`, resolve: true, type: 'accounts' });
    expect(local.accounts.map((a) => a.acct)).toEqual(['comms']);
    const remote = await masto.v2.search.list({ q: '@someone@elsewhere.example', resolve: true });
    expect(remote.accounts.map((a) => a.acct)).toEqual(['someone@elsewhere.example']);
    expect((await masto.v2.search.list({ q: '@nobody@nowhere.example', resolve: true })).accounts).toEqual([]);
  });

  it('does not find a followers-only post for someone who may not see it', async () => {
    const hidden = await t.client('events').v1.statuses.create({ status: 'Followers only', visibility: 'private' });
    const outsider = t.client('news');
    await outsider.v1.accounts.$select(hidden.account.id).unfollow();
    const found = await outsider.v2.search.list({ q: hidden.url ?? '', resolve: true });
    expect(found.statuses).toEqual([]);
  });

  it('needs a signed-in user to resolve, as Mastodon does', async () => {
    const answer = await t.fetch(`/api/v2/search?q=${encodeURIComponent('@comms@example.org')}&resolve=true`);
    expect(answer.status).toBe(401);
  });
});
