import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

describe('accounts', () => {
  const t = useSandbox();

  it('verifies credentials with source and role, and updates them', async () => {
    const masto = t.client();
    const me = await masto.v1.accounts.verifyCredentials();
    expect(me.username).toBe(t.sandbox.demoUser.username);
    expect(me.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Team', 'Location', 'Role', 'Started']));
    const updated = await masto.v1.accounts.updateCredentials({ displayName: 'Demo Person', note: 'Hello', fieldsAttributes: [{ name: 'Team', value: 'Design' }] });
    expect(updated.displayName).toBe('Demo Person');
    expect(updated.source.note).toBe('Hello');
    expect(updated.fields).toEqual([expect.objectContaining({ name: 'Team', value: 'Design' })]);
  });

  it('keeps the posting defaults in source (privacy, language), and a post without them follows them', async () => {
    const masto = t.client('events');
    const before = await masto.v1.accounts.verifyCredentials();
    expect(before.source).toMatchObject({ privacy: 'public', language: 'en' });
    const updated = await masto.v1.accounts.updateCredentials({ source: { privacy: 'unlisted', language: 'es' } });
    expect(updated.source).toMatchObject({ privacy: 'unlisted', language: 'es' });
    expect((await masto.v1.accounts.verifyCredentials()).source).toMatchObject({ privacy: 'unlisted', language: 'es' });
    const post = await masto.v1.statuses.create({ status: 'Hola a todos' });
    expect([post.visibility, post.language]).toEqual(['unlisted', 'es']);
  });

  it('gets, looks up and lists statuses of an account', async () => {
    const masto = t.client();
    const comms = await masto.v1.accounts.lookup({ acct: 'comms' });
    expect(comms.bot).toBe(true);
    expect((await masto.v1.accounts.$select(comms.id).fetch()).acct).toBe('comms');
    const events = await masto.v1.accounts.lookup({ acct: 'events' });
    expect(events.group).toBe(true);
    const statuses = await masto.v1.accounts.$select(comms.id).statuses.list({ limit: 5 });
    expect(statuses.every((s) => s.account.id === comms.id)).toBe(true);
    const remote = await masto.v1.accounts.lookup({ acct: 'someone@elsewhere.example' });
    expect(remote.acct).toBe('someone@elsewhere.example');
  });

  it('follows, unfollows and reports relationships; followers paginate', async () => {
    const masto = t.client();
    const news = await masto.v1.accounts.lookup({ acct: 'news' });
    await masto.v1.accounts.$select(news.id).unfollow();
    const followed = await masto.v1.accounts.$select(news.id).follow();
    expect(followed.following).toBe(true);
    const [rel] = await masto.v1.accounts.relationships.fetch({ id: [news.id] });
    expect(rel?.following).toBe(true);
    const unfollowed = await masto.v1.accounts.$select(news.id).unfollow();
    expect(unfollowed.following).toBe(false);
    const page = await masto.v1.accounts.$select(news.id).followers.list({ limit: 3 });
    expect(page).toHaveLength(3);
    const me = await masto.v1.accounts.verifyCredentials();
    const following = await masto.v1.accounts.$select(me.id).following.list();
    expect(following.length).toBe(me.followingCount);
  });

  it('lists featured tags', async () => {
    const masto = t.client();
    const me = await masto.v1.accounts.verifyCredentials();
    const tags = await masto.v1.accounts.$select(me.id).featuredTags.list();
    expect(tags.map((x) => x.name)).toEqual(['atrium', 'design']);
  });

  it('404s an unknown account with Mastodon’s error', async () => {
    await expect(t.client().v1.accounts.$select('999').fetch()).rejects.toMatchObject({ statusCode: 404, message: 'Record not found' });
  });
});
