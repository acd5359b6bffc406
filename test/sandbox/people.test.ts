import type { mastodon } from 'masto';
import { describe, expect, it } from 'vitest';
import { MOVED_ACCOUNT } from './seed/people';
import { useSandbox } from './testing/harness';

describe('people: profiles, relationships and the organization’s voice', () => {
  const t = useSandbox();
  const fetchJson = async <T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> => {
    const response = await t.fetch(path, { token: t.sandbox.issueToken(t.sandbox.demoUser.username), ...init });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  /** The demo user's first teammate: a verified website, featured people, a pinned post. */
  const showcase = async (masto: mastodon.rest.Client) => {
    const me = await masto.v1.accounts.verifyCredentials();
    const team = me.fields.find((field) => field.name === 'Team')?.value ?? '';
    const { accounts } = await masto.v2.search.list({ q: team, type: 'accounts', limit: 40 });
    const found = accounts.find((account) => account.fields.some((field) => field.name === 'Website' && field.verifiedAt));
    if (!found) throw new Error('no showcase colleague');
    return found;
  };

  it('marks verified links, features people and tags, and pins a post', async () => {
    const masto = t.client();
    const person = await showcase(masto);
    const website = person.fields.find((field) => field.name === 'Website');
    expect(website?.value).toMatch(/^<a href="https:\/\/[^"]+" target="_blank" rel="nofollow noopener me"/);
    expect(Date.parse(website?.verifiedAt ?? '')).toBeLessThan(Date.now());
    expect(person.header).toMatch(/\/sandbox\/headers\/\d+\.svg$/);
    const featured = await masto.v1.accounts.$select(person.id).endorsements.list();
    expect(featured.length).toBe(3);
    const tags = await masto.v1.accounts.$select(person.id).featuredTags.list();
    expect(tags.map((tag) => tag.name)).toEqual(['release', 'design']);
    const pinned = await masto.v1.accounts.$select(person.id).statuses.list({ pinned: true });
    expect(pinned).toHaveLength(1);
    expect(pinned[0]?.account.id).toBe(person.id);
  });

  it('names the people you follow who follow someone', async () => {
    const masto = t.client();
    const person = await showcase(masto);
    const [familiar] = await fetchJson<{ id: string; accounts: { id: string }[] }[]>(`/api/v1/accounts/familiar_followers?id[]=${person.id}`);
    expect(familiar?.id).toBe(person.id);
    const ids = familiar?.accounts.map((account) => account.id) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    const relationships = await masto.v1.accounts.relationships.fetch({ id: ids });
    expect(relationships.every((relationship) => relationship.following)).toBe(true);
  });

  it('points a moved account to the new one, and following it shows', async () => {
    const masto = t.client();
    const old = await masto.v1.accounts.lookup({ acct: MOVED_ACCOUNT.old });
    expect(old.moved?.acct).toBe(MOVED_ACCOUNT.new);
    expect(old.discoverable).toBe(false);
    const [before] = await masto.v1.accounts.relationships.fetch({ id: [old.id, old.moved?.id ?? ''] });
    expect(before?.following).toBe(true);
    const followed = await masto.v1.accounts.$select(old.moved?.id ?? '').follow({ notify: true });
    expect(followed).toMatchObject({ following: true, notifying: true });
    const again = await masto.v1.accounts.$select(old.moved?.id ?? '').follow();
    expect(again.notifying).toBe(true);
    expect((await masto.v1.accounts.$select(old.moved?.id ?? '').unfollow()).notifying).toBe(false);
  });

  it('keeps a private note, mutes and blocks (a block ends follows both ways)', async () => {
    const masto = t.client();
    const person = await showcase(masto);
    const noted = await masto.v1.accounts.$select(person.id).note.create({ comment: 'Met at the offsite' });
    expect(noted.note).toBe('Met at the offsite');
    expect((await masto.v1.accounts.$select(person.id).note.create({ comment: '' })).note).toBe('');
    await expect(masto.v1.accounts.$select(person.id).note.create({ comment: 'x'.repeat(2001) })).rejects.toMatchObject({ statusCode: 422 });

    expect(await masto.v1.accounts.$select(person.id).mute({ notifications: false })).toMatchObject({ muting: true, mutingNotifications: false });
    expect((await masto.v1.accounts.$select(person.id).unmute()).muting).toBe(false);

    await masto.v1.accounts.$select(person.id).follow();
    const blocked = await masto.v1.accounts.$select(person.id).block();
    expect(blocked).toMatchObject({ blocking: true, following: false, followedBy: false });
    const theirs = t.client(person.username);
    const me = await masto.v1.accounts.verifyCredentials();
    expect((await theirs.v1.accounts.relationships.fetch({ id: [me.id] }))[0]?.blockedBy).toBe(true);
    await expect(theirs.v1.accounts.$select(me.id).follow()).rejects.toMatchObject({ statusCode: 403 });
    expect((await masto.v1.accounts.$select(person.id).unblock()).blocking).toBe(false);
  });

  it('lists announcements with reactions, takes reactions and dismissals', async () => {
    const masto = t.client();
    const announcements = await masto.v1.announcements.list();
    expect(announcements.map((announcement) => announcement.id)).toEqual(['1', '2']);
    const party = announcements[0];
    expect(party?.reactions).toEqual(expect.arrayContaining([expect.objectContaining({ name: '🎉', me: false })]));
    await masto.v1.announcements.$select('1').reactions.$select('🎉').update();
    let [first] = await masto.v1.announcements.list();
    expect(first?.reactions.find((reaction) => reaction.name === '🎉')).toMatchObject({ me: true, count: (party?.reactions.find((reaction) => reaction.name === '🎉')?.count ?? 0) + 1 });
    await masto.v1.announcements.$select('1').reactions.$select('🎉').remove();
    [first] = await masto.v1.announcements.list();
    expect(first?.reactions.find((reaction) => reaction.name === '🎉')?.me).toBe(false);
    await expect(masto.v1.announcements.$select('1').reactions.$select('notanemoji').update()).rejects.toMatchObject({ statusCode: 422 });

    await masto.v1.announcements.$select('2').dismiss();
    expect((await masto.v1.announcements.list()).map((announcement) => announcement.id)).toEqual(['1']);
    const all = await fetchJson<{ id: string; read: boolean }[]>('/api/v1/announcements?with_dismissed=true');
    expect(all).toEqual([expect.objectContaining({ id: '1', read: false }), expect.objectContaining({ id: '2', read: true })]);
    await expect(masto.v1.announcements.$select('3').dismiss()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('lists the most used hashtags of the week and the instance icon', async () => {
    const masto = t.client();
    const trends = await masto.v1.trends.tags.list({ limit: 5 });
    expect(trends.length).toBeGreaterThan(0);
    const uses = trends.map((tag) => tag.history?.reduce((sum, day) => sum + Number(day.uses), 0) ?? 0);
    expect([...uses].sort((a, b) => b - a)).toEqual(uses);
    const instance = await masto.v2.instance.fetch();
    expect(instance.icon?.[0]?.src).toMatch(/\/sandbox\/icon\.svg$/);
  });
});
