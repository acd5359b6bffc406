import { describe, expect, it } from 'vitest';
import { compareIds, IdGenerator } from './core/ids';
import { startSandbox } from './index';

describe('status ids', () => {
  it('sort an old-dated post made later by its date, and never repeat', () => {
    const ids = new IdGenerator();
    const day = 86_400_000;
    const recent = [ids.next(30 * day), ids.next(30 * day), ids.next(31 * day)];
    const old = [ids.dated(2 * day), ids.dated(2 * day)];
    expect(new Set([...recent, ...old]).size).toBe(5);
    for (const id of old) expect(compareIds(id, recent[0] as string)).toBeLessThan(0);
    // Made in the same millisecond as the last one, or later: the usual order.
    expect(compareIds(ids.dated(31 * day), recent[2] as string)).toBeGreaterThan(0);
  });

  it("put the moved account's month-old post below this week's in the demo user's Home", async () => {
    const sandbox = await startSandbox({ staff: 20, posts: 60 });
    try {
      const token = sandbox.issueToken(sandbox.demoUser.username);
      const response = await fetch(`${sandbox.url}/api/v1/timelines/home?limit=40`, { headers: { authorization: `Bearer ${token}` } });
      const home = (await response.json()) as { created_at: string }[];
      const times = home.map((status) => Date.parse(status.created_at));
      expect(times.length).toBeGreaterThan(10);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    } finally {
      await sandbox.close();
    }
  });
});
