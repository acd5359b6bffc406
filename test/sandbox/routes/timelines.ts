import type { FastifyInstance } from 'fastify';
import { notFound } from '../core/errors';
import type { StatusRecord } from '../core/model';
import { canSee, inHome } from '../core/visibility';
import type { Api } from '../http/api';
import { bool } from '../http/params';
import { renderStatus } from '../render/status';

/** Timelines: home, public (local/remote), hashtag and list. */
export const timelineRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx } = api;
  const live = (id: string): StatusRecord | undefined => store.statuses.get(id);
  const render = (ids: string[], viewerId: string | null) => ids.map((id) => renderStatus(ctx, live(id) as StatusRecord, viewerId));

  app.get('/api/v1/timelines/home', async (req, reply) => {
    const me = api.user(req, 'read:statuses');
    const page = api.page(req, reply, store.timeline, (id) => id, [20, 40], (id) => {
      const s = live(id);
      return s !== undefined && inHome(store, s, me.id);
    });
    return render(page, me.id);
  });

  const publicFilter = (req: Parameters<typeof api.params>[0]) => {
    const p = api.params(req);
    const local = bool(p, 'local') ?? false;
    const remote = bool(p, 'remote') ?? false;
    const onlyMedia = bool(p, 'only_media') ?? false;
    return (s: StatusRecord): boolean => {
      // Public timelines show public statuses only, and no boosts.
      if (s.visibility !== 'public' || s.reblogOfId) return false;
      const author = store.accounts.get(s.accountId);
      if (local && author?.domain) return false;
      if (remote && !author?.domain) return false;
      return !onlyMedia || s.mediaIds.length > 0;
    };
  };

  app.get('/api/v1/timelines/public', async (req, reply) => {
    const viewer = api.caller(req, 'read:statuses').account;
    const keep = publicFilter(req);
    const page = api.page(req, reply, store.timeline, (id) => id, [20, 40], (id) => {
      const s = live(id);
      return s !== undefined && keep(s);
    });
    return render(page, viewer?.id ?? null);
  });

  app.get<{ Params: { hashtag: string } }>('/api/v1/timelines/tag/:hashtag', async (req, reply) => {
    const viewer = api.caller(req, 'read:statuses').account;
    const keep = publicFilter(req);
    const ids = store.statusesByTag.get(req.params.hashtag.toLowerCase()) ?? [];
    const page = api.page(req, reply, ids, (id) => id, [20, 40], (id) => {
      const s = live(id);
      return s !== undefined && keep(s);
    });
    return render(page, viewer?.id ?? null);
  });

  app.get<{ Params: { list_id: string } }>('/api/v1/timelines/list/:list_id', async (req, reply) => {
    const me = api.user(req, 'read:lists');
    const list = store.lists.get(req.params.list_id);
    if (!list || list.ownerId !== me.id) throw notFound();
    const page = api.page(req, reply, store.timeline, (id) => id, [20, 40], (id) => {
      const s = live(id);
      if (!s || !list.members.has(s.accountId) || !canSee(store, s, me.id)) return false;
      if (s.inReplyToAccountId && s.inReplyToAccountId !== s.accountId) {
        if (list.repliesPolicy === 'none') return false;
        if (list.repliesPolicy === 'list' && !list.members.has(s.inReplyToAccountId)) return false;
      }
      return true;
    });
    return render(page, me.id);
  });
};
