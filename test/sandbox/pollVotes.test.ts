import { describe, expect, it } from 'vitest';
import { Actions } from './core/actions';
import { Store } from './core/store';
import type { RenderContext } from './render/context';
import { seedOrganization } from './seed';

describe('seeded polls', () => {
  it('have colleagues’ votes, none from the demo user or the poll’s author', () => {
    const store = new Store();
    const nowMs = 1_790_000_000_000;
    const ctx: RenderContext = { store, origin: 'http://127.0.0.1:1', domain: '127.0.0.1:1', nowMs: () => nowMs };
    const { demo } = seedOrganization(store, new Actions(store, ctx), { seed: 3, staff: 120, posts: 800, nowMs });
    const polls = [...store.statuses.values()].filter((status) => status.poll !== null);
    expect(polls.length).toBeGreaterThan(20);
    for (const status of polls) {
      const poll = status.poll!;
      expect(poll.voters.size).toBeGreaterThan(0);
      expect(poll.voters.has(demo.id)).toBe(false);
      expect(poll.voters.has(status.accountId)).toBe(false);
      expect(poll.options.reduce((sum, option) => sum + option.votes, 0)).toBeGreaterThanOrEqual(poll.voters.size);
    }
  });
});
