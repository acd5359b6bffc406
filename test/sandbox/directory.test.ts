import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

describe('directory, search, suggestions', () => {
  const t = useSandbox();

  it('lists only discoverable accounts, local filter, offset and limit ≤ 80', async () => {
    const masto = t.client();
    const all = await masto.v1.directory.list({ limit: 200 });
    expect(all).toHaveLength(Math.min(80, all.length));
    expect(all.every((a) => a.discoverable)).toBe(true);
    const local = await masto.v1.directory.list({ local: true, limit: 80 });
    expect(local.every((a) => !a.acct.includes('@'))).toBe(true);
    const page2 = await masto.v1.directory.list({ local: true, limit: 10, offset: 10 });
    expect(page2[0]?.id).toBe(local[10]?.id);
    const fresh = await masto.v1.directory.list({ order: 'new', limit: 5 });
    const created = fresh.map((a) => Date.parse(a.createdAt));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
  });

  it('searches accounts (by name and profile fields), hashtags and statuses', async () => {
    const masto = t.client();
    const byTeam = await masto.v2.search.list({ q: 'Platform', type: 'accounts' });
    expect(byTeam.accounts.length).toBeGreaterThan(0);
    const tags = await masto.v2.search.list({ q: '#atri', type: 'hashtags' });
    expect(tags.hashtags.map((h) => h.name)).toContain('atrium');
    const statuses = await masto.v2.search.list({ q: 'onboarding', type: 'statuses', limit: 5 });
    expect(statuses.statuses.every((s) => s.content.toLowerCase().includes('onboarding'))).toBe(true);
  });

  it('suggests friends of friends that are not followed yet', async () => {
    const masto = t.client();
    const suggestions = await masto.v2.suggestions.list({ limit: 10 });
    expect(suggestions.length).toBeGreaterThan(0);
    const [rel] = await masto.v1.accounts.relationships.fetch({ id: [suggestions[0]?.account.id ?? ''] });
    expect(rel?.following).toBe(false);
  });
});
