import { describe, expect, it } from 'vitest';
import { Actions } from './core/actions';
import { Store } from './core/store';
import type { RenderContext } from './render/context';
import { seedOrganization } from './seed';

function seed(seedNumber: number, staff: number, posts: number) {
  const store = new Store();
  const ctx: RenderContext = { store, origin: 'http://127.0.0.1:1', domain: '127.0.0.1:1', nowMs: () => 1_790_000_000_000 };
  const result = seedOrganization(store, new Actions(store, ctx), { seed: seedNumber, staff, posts, nowMs: 1_790_000_000_000 });
  return { store, result };
}

describe('seeding', () => {
  it('is deterministic from the seed', () => {
    const a = seed(7, 100, 500);
    const b = seed(7, 100, 500);
    const c = seed(8, 100, 500);
    const names = (s: Store) => [...s.accounts.values()].map((x) => x.displayName).join();
    expect(names(a.store)).toBe(names(b.store));
    expect([...a.store.statuses.values()].map((s) => s.text).join()).toBe([...b.store.statuses.values()].map((s) => s.text).join());
    expect(names(a.store)).not.toBe(names(c.store));
  });

  it('seeds a realistic organization: fields, official and remote accounts, media, polls, CWs, edits, boosts, threads', () => {
    const { store } = seed(3, 200, 2000);
    const statuses = [...store.statuses.values()];
    // 200 staff, 3 official, a colleague's old and new account, and the new hire; some people write "team" or "Team:".
    const isTeam = (name: string) => name.replace(/:$/, '').toLowerCase() === 'team';
    expect([...store.accounts.values()].filter((a) => a.domain === null && a.fields.some((f) => isTeam(f.name)))).toHaveLength(206);
    expect([...store.accounts.values()].some((a) => a.fields.some((f) => f.name === 'team'))).toBe(true);
    expect(statuses.some((s) => s.poll)).toBe(true);
    expect(statuses.some((s) => s.spoilerText !== '')).toBe(true);
    expect(statuses.some((s) => s.editedAt !== null)).toBe(true);
    expect(statuses.some((s) => s.reblogOfId)).toBe(true);
    expect(statuses.some((s) => s.inReplyToId)).toBe(true);
    expect(statuses.some((s) => s.card)).toBe(true);
    const media = [...store.media.values()];
    expect(media.some((m) => m.description)).toBe(true);
    expect(media.some((m) => !m.description)).toBe(true);
    expect(statuses.filter((s) => s.remoteHtml?.includes('<script>'))).toHaveLength(1);
    expect(store.scheduled.size).toBeGreaterThan(0);
    expect(store.lists.size).toBeGreaterThan(0);
  });

  it('clusters follows by team', () => {
    const { store } = seed(3, 200, 10);
    let sameTeam = 0;
    let total = 0;
    for (const [from, edges] of store.following) {
      const team = store.accounts.get(from)?.team;
      for (const to of edges.keys()) {
        total++;
        if (team && store.accounts.get(to)?.team === team) sameTeam++;
      }
    }
    expect(sameTeam / total).toBeGreaterThan(0.5);
  });

  it('seeds 5,000 staff and 50,000 posts (time reported, not asserted)', () => {
    const started = performance.now();
    const { store, result } = seed(7, 5000, 50_000);
    const ms = Math.round(performance.now() - started);
    console.log(`seeded ${result.staffCount} staff and ${store.statuses.size} statuses in ${ms} ms`);
    expect(result.staffCount).toBe(5000);
    // Boosts count as statuses; a few generated boosts are skipped (own or non-public targets).
    expect(store.statuses.size).toBeGreaterThan(48_000);
  });
});
