import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

function links(header: string | null): Record<string, URL> {
  const out: Record<string, URL> = {};
  for (const part of (header ?? '').split(', ')) {
    const match = /^<([^>]+)>; rel="(\w+)"$/.exec(part);
    if (match?.[1] && match[2]) out[match[2]] = new URL(match[1]);
  }
  return out;
}

describe('timelines and pagination', () => {
  const t = useSandbox();

  it('paginates home with Link headers exactly like Mastodon (next=max_id, prev=min_id, params kept)', async () => {
    const token = t.sandbox.issueToken(t.sandbox.demoUser.username);
    const first = await t.fetch('/api/v1/timelines/home?limit=5', { token });
    const page1 = (await first.json()) as Array<{ id: string }>;
    expect(page1).toHaveLength(5);
    const l = links(first.headers.get('link'));
    expect(l.next?.pathname).toBe('/api/v1/timelines/home');
    expect(l.next?.searchParams.get('max_id')).toBe(page1[4]?.id);
    expect(l.next?.searchParams.get('limit')).toBe('5');
    expect(l.prev?.searchParams.get('min_id')).toBe(page1[0]?.id);
    const second = await t.fetch(`${l.next?.pathname}${l.next?.search}`, { token });
    const page2 = (await second.json()) as Array<{ id: string }>;
    expect(page2).toHaveLength(5);
    expect(BigInt(page2[0]?.id ?? 0)).toBeLessThan(BigInt(page1[4]?.id ?? 0));
    // min_id returns the page just after it, newest first; since_id the newest after it.
    const back = (await (await t.fetch(`/api/v1/timelines/home?limit=5&min_id=${page2[0]?.id}`, { token })).json()) as Array<{ id: string }>;
    expect(back.map((s) => s.id)).toEqual(page1.map((s) => s.id));
    const empty = await t.fetch(`/api/v1/timelines/home?min_id=${page1[0]?.id}&limit=40`, { token });
    expect(empty.headers.get('link')).toBeNull();
  });

  it('walks the whole public timeline with masto’s paginator without repeats', async () => {
    const masto = t.client();
    const seen = new Set<string>();
    let pages = 0;
    for await (const page of masto.v1.timelines.public.list({ limit: 40, local: true })) {
      for (const s of page) {
        expect(seen.has(s.id)).toBe(false);
        seen.add(s.id);
        expect(s.account.acct).not.toContain('@');
      }
      if (++pages > 50) break;
    }
    expect(seen.size).toBeGreaterThan(40);
  });

  it('serves remote-only public, tag and list timelines', async () => {
    const masto = t.client();
    const remote = await masto.v1.timelines.public.list({ remote: true, limit: 40 });
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((s) => s.account.acct.includes('@'))).toBe(true);
    const tagged = await masto.v1.timelines.tag.$select('Atrium').list({ limit: 10 });
    expect(tagged.every((s) => s.tags.some((x) => x.name === 'atrium'))).toBe(true);
    const [list] = await masto.v1.lists.list();
    const listed = await masto.v1.timelines.list.$select(list?.id ?? '').list({ limit: 10 });
    expect(listed.length).toBeGreaterThan(0);
  });

  it('includes the hostile remote post verbatim in the federated timeline', async () => {
    const masto = t.client();
    let hostile: string | undefined;
    for await (const page of masto.v1.timelines.public.list({ remote: true, limit: 40 })) {
      hostile ??= page.find((s) => s.account.acct === 'mallory@hostile.example' && s.content.includes('<script>'))?.content;
      if (hostile) break;
    }
    expect(hostile).toContain('onerror=');
    expect(hostile).toContain('javascript:');
    expect(hostile?.length).toBeGreaterThan(50 * 1024);
  });
});

describe('notifications, markers, lists', () => {
  const t = useSandbox();

  it('lists notifications and filters by type', async () => {
    const masto = t.client();
    const all = await masto.v1.notifications.list({ limit: 40 });
    expect(new Set(all.map((n) => n.type)).size).toBeGreaterThan(1);
    const mentions = await masto.v1.notifications.list({ types: ['mention'] });
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((n) => n.type === 'mention')).toBe(true);
    const noMentions = await masto.v1.notifications.list({ excludeTypes: ['mention'] });
    expect(noMentions.some((n) => n.type === 'mention')).toBe(false);
  });

  it('notifies on favourite of your post', async () => {
    const mine = await t.client().v1.statuses.create({ status: 'like me' });
    await t.client('comms').v1.statuses.$select(mine.id).favourite();
    const [latest] = await t.client().v1.notifications.list({ limit: 1 });
    expect(latest).toMatchObject({ type: 'favourite', status: { id: mine.id } });
  });

  it('saves markers with increasing versions', async () => {
    const masto = t.client();
    const a = await masto.v1.markers.create({ home: { lastReadId: '100' } });
    const b = await masto.v1.markers.create({ home: { lastReadId: '200' } });
    expect(b.home?.version).toBe((a.home?.version ?? 0) + 1);
    const read = await masto.v1.markers.fetch({ timeline: ['home'] });
    expect(read.home?.lastReadId).toBe('200');
  });

  it('creates lists, adds followed members only, deletes', async () => {
    const masto = t.client();
    const list = await masto.v1.lists.create({ title: 'Favourites' });
    const me = await masto.v1.accounts.verifyCredentials();
    const [followed] = await masto.v1.accounts.$select(me.id).following.list({ limit: 1 });
    await masto.v1.lists.$select(list.id).accounts.create({ accountIds: [followed?.id ?? ''] });
    expect((await masto.v1.lists.$select(list.id).accounts.list()).map((a) => a.id)).toEqual([followed?.id]);
    const stranger = await masto.v1.accounts.lookup({ acct: 'someone@elsewhere.example' });
    await masto.v1.accounts.$select(stranger.id).unfollow();
    await expect(masto.v1.lists.$select(list.id).accounts.create({ accountIds: [stranger.id] })).rejects.toMatchObject({ statusCode: 422 });
    expect((await masto.v1.lists.$select(list.id).update({ title: 'Renamed' })).title).toBe('Renamed');
    await masto.v1.lists.$select(list.id).remove();
    await expect(masto.v1.lists.$select(list.id).fetch()).rejects.toMatchObject({ statusCode: 404 });
  });
});
