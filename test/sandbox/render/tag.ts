import type { RenderContext } from './context';

const DAY = 86_400_000;

/**
 * The Tag entity: name, URL, a week of daily use (as Mastodon sends it: newest day first, counts as
 * strings) and whether the viewer follows it.
 */
export function renderTag(ctx: RenderContext, name: string, following: boolean, withHistory = false): Record<string, unknown> {
  return {
    id: name,
    name,
    url: `${ctx.origin}/tags/${encodeURIComponent(name)}`,
    history: withHistory ? weekOf(ctx, name) : [],
    following,
  };
}

function weekOf(ctx: RenderContext, name: string): Record<string, string>[] {
  const today = Math.floor(ctx.nowMs() / DAY) * DAY;
  const days = Array.from({ length: 7 }, (_, i) => ({ day: today - i * DAY, uses: 0, accounts: new Set<string>() }));
  for (const id of ctx.store.statusesByTag.get(name) ?? []) {
    const status = ctx.store.statuses.get(id);
    const slot = status ? days.find((day) => status.createdAt >= day.day && status.createdAt < day.day + DAY) : undefined;
    if (!status || !slot) continue;
    slot.uses += 1;
    slot.accounts.add(status.accountId);
  }
  return days.map((day) => ({ day: String(day.day / 1000), uses: String(day.uses), accounts: String(day.accounts.size) }));
}
