import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

describe('statuses', () => {
  const t = useSandbox();

  it('creates with mentions, tags and links; gets, edits, shows source and history; deletes', async () => {
    const masto = t.client();
    const created = await masto.v1.statuses.create({ status: 'Hello @comms, see https://news.example/big-news #Launch', visibility: 'public' });
    expect(created.mentions.map((m) => m.acct)).toEqual(['comms']);
    expect(created.tags.map((x) => x.name)).toEqual(['launch']);
    expect(created.card?.providerName).toBe('News Example');
    expect(created.content).toContain('class="mention hashtag"');
    expect((await masto.v1.statuses.$select(created.id).fetch()).id).toBe(created.id);
    const edited = await masto.v1.statuses.$select(created.id).update({ status: 'Hello again' });
    expect(edited.editedAt).not.toBeNull();
    expect((await masto.v1.statuses.$select(created.id).source.fetch()).text).toBe('Hello again');
    const history = await masto.v1.statuses.$select(created.id).history.list();
    expect(history).toHaveLength(2);
    const deleted = await masto.v1.statuses.$select(created.id).remove();
    expect(deleted.text).toBe('Hello again');
    await expect(masto.v1.statuses.$select(created.id).fetch()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('is idempotent with the same Idempotency-Key', async () => {
    const masto = t.client();
    const a = await masto.v1.statuses.create({ status: 'only once' }, { requestInit: { headers: { 'Idempotency-Key': 'k-1' } } });
    const b = await masto.v1.statuses.create({ status: 'only once' }, { requestInit: { headers: { 'Idempotency-Key': 'k-1' } } });
    const c = await masto.v1.statuses.create({ status: 'only once' }, { requestInit: { headers: { 'Idempotency-Key': 'k-2' } } });
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
  });

  it('refuses blank and over-long statuses with 422', async () => {
    const masto = t.client();
    await expect(masto.v1.statuses.create({ status: '' })).rejects.toMatchObject({ statusCode: 422, message: "Validation failed: Text can't be blank" });
    await expect(masto.v1.statuses.create({ status: 'x'.repeat(501) })).rejects.toMatchObject({ statusCode: 422 });
  });

  it('counts length by Mastodon’s rules: URLs as 23, remote mentions by their local part, graphemes, the warning included', async () => {
    const masto = t.client();
    const url = `https://docs.example.com/${'a'.repeat(200)}`;
    // 476 + 1 + 23 = 500: accepted although the raw text is far longer.
    await expect(masto.v1.statuses.create({ status: `${'x'.repeat(476)} ${url}` })).resolves.toMatchObject({ visibility: 'public' });
    // "@someone@elsewhere.example" counts as "@someone" (8): 492 + 8 = 500.
    await expect(masto.v1.statuses.create({ status: `${'y'.repeat(492)}@someone@elsewhere.example` })).resolves.toBeDefined();
    // A family emoji is seven code points but one character.
    await expect(masto.v1.statuses.create({ status: '👨‍👩‍👧‍👦'.repeat(500) })).resolves.toBeDefined();
    await expect(masto.v1.statuses.create({ status: 'e\u0301'.repeat(501) })).rejects.toMatchObject({ statusCode: 422 });
    // The content warning counts too.
    await expect(masto.v1.statuses.create({ status: 'z'.repeat(490), spoilerText: 'w'.repeat(11) })).rejects.toMatchObject({ statusCode: 422 });
  });

  it('favourites, boosts and bookmarks, and undoes them', async () => {
    const masto = t.client();
    const other = t.client('comms');
    const post = await other.v1.statuses.create({ status: 'Official news', visibility: 'public' });
    const s = masto.v1.statuses.$select(post.id);
    expect((await s.favourite()).favourited).toBe(true);
    const boost = await s.reblog();
    expect(boost.reblog?.id).toBe(post.id);
    expect((await s.bookmark()).bookmarked).toBe(true);
    const after = await s.fetch();
    expect(after).toMatchObject({ favouritesCount: 1, reblogsCount: 1, favourited: true, reblogged: true, bookmarked: true });
    expect((await masto.v1.favourites.list()).map((x) => x.id)).toContain(post.id);
    expect((await masto.v1.bookmarks.list())[0]?.id).toBe(post.id);
    expect((await s.unfavourite()).favourited).toBe(false);
    expect((await s.unreblog()).reblogged).toBe(false);
    expect((await s.unbookmark()).bookmarked).toBe(false);
  });

  it('builds thread context', async () => {
    const masto = t.client();
    const root = await masto.v1.statuses.create({ status: 'root' });
    const reply = await t.client('comms').v1.statuses.create({ status: `@${t.sandbox.demoUser.username} reply`, inReplyToId: root.id });
    const nested = await masto.v1.statuses.create({ status: 'nested', inReplyToId: reply.id });
    const ctx = await masto.v1.statuses.$select(reply.id).context.fetch();
    expect(ctx.ancestors.map((s) => s.id)).toEqual([root.id]);
    expect(ctx.descendants.map((s) => s.id)).toEqual([nested.id]);
  });

  it('votes in polls once, not on own polls', async () => {
    const author = t.client('comms');
    const post = await author.v1.statuses.create({ status: 'Lunch?', poll: { options: ['Pizza', 'Salad'], expiresIn: 3600 } });
    const masto = t.client();
    const poll = await masto.v1.polls.$select(post.poll?.id ?? '').votes.create({ choices: [1] });
    expect(poll.ownVotes).toEqual([1]);
    expect(poll.options[1]?.votesCount).toBe(1);
    await expect(masto.v1.polls.$select(post.poll?.id ?? '').votes.create({ choices: [0] })).rejects.toMatchObject({ statusCode: 422 });
    await expect(author.v1.polls.$select(post.poll?.id ?? '').votes.create({ choices: [0] })).rejects.toMatchObject({ statusCode: 422 });
  });

  it('hides private statuses from non-followers as 404', async () => {
    const masto = t.client();
    const secret = await masto.v1.statuses.create({ status: 'followers only', visibility: 'private' });
    const outsider = t.client('events');
    await expect(outsider.v1.statuses.$select(secret.id).fetch()).rejects.toMatchObject({ statusCode: 404 });
  });
});
