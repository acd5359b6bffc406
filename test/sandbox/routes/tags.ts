import type { FastifyInstance } from 'fastify';
import { notFound } from '../core/errors';
import type { Api } from '../http/api';
import { renderTag } from '../render/tag';

type TagParams = { Params: { id: string } };

/** Hashtags: one tag, following and unfollowing it, and the tags you follow (trending ones are in `people.ts`). */
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
    return renderTag(ctx, name, viewer ? followed(viewer.id).has(name) : false);
  });

  app.post<TagParams>('/api/v1/tags/:id/follow', async (req) => {
    const me = api.user(req, 'write:follows');
    const name = known(req.params.id);
    followed(me.id).add(name);
    return renderTag(ctx, name, true);
  });

  app.post<TagParams>('/api/v1/tags/:id/unfollow', async (req) => {
    const me = api.user(req, 'write:follows');
    const name = known(req.params.id);
    followed(me.id).delete(name);
    return renderTag(ctx, name, false);
  });

  app.get('/api/v1/followed_tags', async (req) => {
    const me = api.user(req, 'read:follows');
    return [...followed(me.id)].sort().map((name) => renderTag(ctx, name, true));
  });
};
