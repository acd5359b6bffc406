import type { FastifyInstance } from 'fastify';
import { notFound } from '../core/errors';
import type { Api } from '../http/api';
import { int } from '../http/params';
import { renderTag } from '../render/tag';

type TagParams = { Params: { id: string } };

/** Hashtags: one tag, following and unfollowing it, the tags you follow, and the trending ones. */
export const tagRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx } = api;
  const followed = (accountId: string): Set<string> => {
    let tags = store.followedTags.get(accountId);
    if (!tags) store.followedTags.set(accountId, (tags = new Set()));
    return tags;
  };
  const known = (id: string): string => {
    const name = id.toLowerCase();
    if (!/^[\p{L}\p{N}_]{1,100}$/u.test(name)) throw notFound();
    return name;
  };

  app.get<TagParams>('/api/v1/tags/:id', async (req) => {
    const viewer = api.caller(req, 'read').account;
    const name = known(req.params.id);
    return renderTag(ctx, name, viewer ? followed(viewer.id).has(name) : false, true);
  });

  app.post<TagParams>('/api/v1/tags/:id/follow', async (req) => {
    const me = api.user(req, 'write:follows');
    const name = known(req.params.id);
    followed(me.id).add(name);
    return renderTag(ctx, name, true, true);
  });

  app.post<TagParams>('/api/v1/tags/:id/unfollow', async (req) => {
    const me = api.user(req, 'write:follows');
    const name = known(req.params.id);
    followed(me.id).delete(name);
    return renderTag(ctx, name, false, true);
  });

  app.get('/api/v1/followed_tags', async (req) => {
    const me = api.user(req, 'read:follows');
    return [...followed(me.id)].sort().map((name) => renderTag(ctx, name, true));
  });

  // Mastodon ranks by recent use and moderation; here, the tags used most in the last week.
  app.get('/api/v1/trends/tags', async (req) => {
    const viewer = api.caller(req, 'read').account;
    const p = api.params(req);
    const limit = Math.min(Math.max(int(p, 'limit') ?? 10, 1), 20);
    const offset = Math.max(int(p, 'offset') ?? 0, 0);
    const weekAgo = ctx.nowMs() - 7 * 86_400_000;
    const recentUses = (name: string) => (store.statusesByTag.get(name) ?? []).filter((id) => (store.statuses.get(id)?.createdAt ?? 0) >= weekAgo).length;
    return [...store.statusesByTag.keys()]
      .map((name) => ({ name, uses: recentUses(name) }))
      .filter((tag) => tag.uses > 0)
      .sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name))
      .slice(offset, offset + limit)
      .map(({ name }) => renderTag(ctx, name, viewer ? followed(viewer.id).has(name) : false, true));
  });
};
