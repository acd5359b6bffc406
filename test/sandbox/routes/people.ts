import type { FastifyInstance } from 'fastify';
import { escapeHtml } from '../core/compose';
import { invalid, notFound } from '../core/errors';
import type { AnnouncementRecord } from '../core/people';
import type { Api } from '../http/api';
import { bool, int, strings, type Params } from '../http/params';
import { renderAccount, renderRelationship } from '../render/account';
import { iso, type RenderContext } from '../render/context';
import { CUSTOM_EMOJI_CODES, renderEmoji } from '../render/emoji';

type IdParams = { Params: { id: string } };
type ReactionParams = { Params: { id: string; name: string } };

const DAY = 86_400_000;
/** A private note is at most this long in Mastodon. */
const NOTE_LIMIT = 2000;
/** A Unicode emoji (with its modifiers and joiners), which is what a reaction may be besides a custom emoji. */
const UNICODE_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0F)+$/u;

function renderAnnouncement(ctx: RenderContext, announcement: AnnouncementRecord, viewerId: string): Record<string, unknown> {
  return {
    id: announcement.id,
    content: announcement.html,
    starts_at: announcement.startsAt === null ? null : iso(announcement.startsAt),
    ends_at: announcement.endsAt === null ? null : iso(announcement.endsAt),
    all_day: announcement.allDay,
    published_at: iso(announcement.publishedAt),
    updated_at: iso(announcement.updatedAt),
    read: announcement.readBy.has(viewerId),
    mentions: [],
    statuses: [],
    tags: [],
    emojis: [],
    reactions: [...announcement.reactions.entries()]
      .filter(([, who]) => who.size > 0)
      .map(([name, who]) => {
        const custom = (CUSTOM_EMOJI_CODES as readonly string[]).includes(name) ? (renderEmoji(ctx, name) as { url: string; static_url: string }) : null;
        return { name, count: who.size, me: who.has(viewerId), ...(custom ? { url: custom.url, static_url: custom.static_url } : {}) };
      }),
  };
}

/**
 * What people say about each other and what the organization says to everyone: familiar
 * followers, featured people, private notes, mute and block, announcements, trending hashtags.
 */
export const peopleRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx } = api;
  const { people } = store;

  app.get('/api/v1/accounts/familiar_followers', async (req) => {
    const me = api.user(req, 'read:follows');
    return strings(api.params(req), 'id').map((id) => {
      const followers = [...(store.followers.get(id)?.keys() ?? [])];
      const familiar = followers.filter((follower) => follower !== me.id && store.follows(me.id, follower));
      return { id, accounts: familiar.flatMap((follower) => store.accounts.get(follower) ?? []).map((account) => renderAccount(ctx, account)) };
    });
  });

  app.get<IdParams>('/api/v1/accounts/:id/endorsements', async (req) => {
    api.caller(req, 'read:accounts');
    const account = api.account(req.params.id);
    const limit = Math.min(Math.max(int(api.params(req), 'limit') ?? 40, 1), 80);
    return (people.endorsements.get(account.id) ?? []).slice(0, limit).flatMap((id) => store.accounts.get(id) ?? []).map((featured) => renderAccount(ctx, featured));
  });

  /** A POST that changes how the caller relates to an account and answers the new Relationship. */
  const relationshipRoute = (action: string, scope: string, change: (meId: string, targetId: string, params: Params) => void) =>
    app.post<IdParams>(`/api/v1/accounts/:id/${action}`, async (req) => {
      const me = api.user(req, scope);
      const target = api.account(req.params.id);
      change(me.id, target.id, api.params(req));
      return renderRelationship(ctx, me.id, target.id);
    });

  relationshipRoute('note', 'write:accounts', (meId, targetId, params) => {
    const comment = String(params.comment ?? '');
    if ([...comment].length > NOTE_LIMIT) throw invalid(`Comment is too long (maximum is ${NOTE_LIMIT} characters)`);
    people.setNote(meId, targetId, comment);
  });
  relationshipRoute('mute', 'write:mutes', (meId, targetId, params) => people.mute(meId, targetId, bool(params, 'notifications') ?? true));
  relationshipRoute('unmute', 'write:mutes', (meId, targetId) => people.unmute(meId, targetId));
  relationshipRoute('block', 'write:blocks', (meId, targetId) => {
    // As in Mastodon, a block ends the follows both ways.
    store.removeFollow(meId, targetId);
    store.removeFollow(targetId, meId);
    people.setNotifying(meId, targetId, false);
    people.block(meId, targetId);
  });
  relationshipRoute('unblock', 'write:blocks', (meId, targetId) => people.unblock(meId, targetId));

  app.get('/api/v1/announcements', async (req) => {
    const me = api.user(req, 'read');
    const withDismissed = bool(api.params(req), 'with_dismissed') ?? false;
    return people
      .activeAnnouncements(ctx.nowMs())
      .filter((announcement) => withDismissed || !announcement.readBy.has(me.id))
      .map((announcement) => renderAnnouncement(ctx, announcement, me.id));
  });

  const activeAnnouncement = (id: string) => {
    const announcement = people.activeAnnouncements(ctx.nowMs()).find((candidate) => candidate.id === id);
    if (!announcement) throw notFound();
    return announcement;
  };

  app.post<IdParams>('/api/v1/announcements/:id/dismiss', async (req) => {
    const me = api.user(req, 'write:accounts');
    activeAnnouncement(req.params.id).readBy.add(me.id);
    return {};
  });

  app.put<ReactionParams>('/api/v1/announcements/:id/reactions/:name', async (req) => {
    const me = api.user(req, 'write:favourites');
    const announcement = activeAnnouncement(req.params.id);
    const name = req.params.name;
    if (!UNICODE_EMOJI.test(name) && !(CUSTOM_EMOJI_CODES as readonly string[]).includes(name)) throw invalid('Name is not a recognized emoji');
    const who = announcement.reactions.get(name) ?? new Set<string>();
    who.add(me.id);
    announcement.reactions.set(name, who);
    return {};
  });

  app.delete<ReactionParams>('/api/v1/announcements/:id/reactions/:name', async (req) => {
    const me = api.user(req, 'write:favourites');
    activeAnnouncement(req.params.id).reactions.get(req.params.name)?.delete(me.id);
    return {};
  });

  app.get('/api/v1/trends/tags', async (req) => {
    api.caller(req, null);
    const p = api.params(req);
    const limit = Math.min(Math.max(int(p, 'limit') ?? 10, 1), 20);
    const offset = Math.max(int(p, 'offset') ?? 0, 0);
    const today = Math.floor(ctx.nowMs() / DAY) * DAY;
    const trends = [...store.statusesByTag.entries()].map(([name, ids]) => {
      const history = Array.from({ length: 7 }, (_, back) => {
        const day = today - back * DAY;
        const used = ids.flatMap((id) => store.statuses.get(id) ?? []).filter((status) => status.createdAt >= day && status.createdAt < day + DAY);
        return { day: String(day / 1000), uses: String(used.length), accounts: String(new Set(used.map((status) => status.accountId)).size) };
      });
      return { name, history, weekUses: history.reduce((sum, entry) => sum + Number(entry.uses), 0) };
    });
    return trends
      .filter((trend) => trend.weekUses > 0)
      .sort((a, b) => b.weekUses - a.weekUses || a.name.localeCompare(b.name))
      .slice(offset, offset + limit)
      .map(({ name, history }) => ({ id: name, name, url: `${ctx.origin}/tags/${encodeURIComponent(name)}`, history }));
  });

  // Pictures for profiles and the instance, generated so that nothing comes from the network.
  app.get<IdParams>('/sandbox/headers/:id.svg', async (req, reply) => {
    const hue = store.accounts.get(req.params.id)?.hue ?? 220;
    return reply
      .type('image/svg+xml')
      .send(
        `<svg xmlns="http://www.w3.org/2000/svg" width="1500" height="500" viewBox="0 0 1500 500"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 60% 55%)"/><stop offset="1" stop-color="hsl(${(hue + 50) % 360} 55% 35%)"/></linearGradient></defs><rect width="1500" height="500" fill="url(#g)"/><circle cx="1200" cy="120" r="260" fill="hsl(${hue} 70% 80%)" opacity="0.25"/><circle cx="300" cy="520" r="300" fill="hsl(${hue} 70% 20%)" opacity="0.2"/></svg>`,
      );
  });
  app.get('/sandbox/icon.svg', async (_req, reply) =>
    reply
      .type('image/svg+xml')
      .send(
        `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0f766e"/><text x="32" y="43" font-family="sans-serif" font-size="32" font-weight="700" fill="#fff" text-anchor="middle">${escapeHtml(api.settings.orgName.slice(0, 1))}</text></svg>`,
      ),
  );
};
