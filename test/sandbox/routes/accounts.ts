import type { FastifyInstance } from 'fastify';
import { ApiError, invalid, notFound } from '../core/errors';
import type { FollowRecord, StatusRecord } from '../core/model';
import { canSee } from '../core/visibility';
import type { Api } from '../http/api';
import { bool, list, str, strings } from '../http/params';
import { renderAccount, renderCredentialAccount, renderRelationship } from '../render/account';
import { renderStatus } from '../render/status';
import { renderList } from './lists';

type IdParams = { Params: { id: string } };

/** Accounts: credentials, profiles, statuses, follows, relationships, featured tags. */
export const accountRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx, actions } = api;

  app.get('/api/v1/accounts/verify_credentials', async (req) => renderCredentialAccount(ctx, api.user(req, 'read:accounts')));

  app.patch('/api/v1/accounts/update_credentials', async (req) => {
    const me = api.user(req, 'write:accounts');
    const p = api.params(req);
    const displayName = str(p, 'display_name');
    if (displayName !== undefined) {
      if ([...displayName].length > 30) throw invalid('Display name is too long (maximum is 30 characters)');
      me.displayName = displayName;
    }
    const note = str(p, 'note');
    if (note !== undefined) {
      if ([...note].length > 500) throw invalid('Note is too long (maximum is 500 characters)');
      me.noteSource = note;
    }
    const locked = bool(p, 'locked');
    if (locked !== undefined) me.locked = locked;
    const botFlag = bool(p, 'bot');
    if (botFlag !== undefined) me.bot = botFlag;
    const discoverable = bool(p, 'discoverable');
    if (discoverable !== undefined) me.discoverable = discoverable;
    const indexable = bool(p, 'indexable');
    if (indexable !== undefined) me.indexable = indexable;
    if (p.fields_attributes !== undefined) {
      const fields = list(p, 'fields_attributes').map((f) => f as Record<string, unknown>);
      if (fields.length > 4) throw invalid('Fields is too long (maximum is 4 items)');
      me.fields = fields.map((f) => ({ name: String(f.name ?? ''), value: String(f.value ?? '') })).filter((f) => f.name !== '' || f.value !== '');
    }
    const source = (p.source ?? {}) as Record<string, unknown>;
    const privacy = str(source, 'privacy');
    if (privacy !== undefined) {
      if (!['public', 'unlisted', 'private', 'direct'].includes(privacy)) throw invalid('Privacy is not included in the list');
      me.privacy = privacy as typeof me.privacy;
    }
    const sensitive = bool(source, 'sensitive');
    if (sensitive !== undefined) me.sensitive = sensitive;
    const language = str(source, 'language');
    if (language !== undefined) me.language = language;
    return renderCredentialAccount(ctx, me);
  });

  app.get('/api/v1/accounts/lookup', async (req) => {
    api.caller(req, 'read:accounts');
    const account = store.findByAcct(str(api.params(req), 'acct') ?? '', ctx.domain);
    if (!account) throw notFound();
    return renderAccount(ctx, account);
  });

  app.get('/api/v1/accounts/relationships', async (req) => {
    const me = api.user(req, 'read:follows');
    return strings(api.params(req), 'id').filter((id) => store.accounts.has(id)).map((id) => renderRelationship(ctx, me.id, id));
  });

  app.get<IdParams>('/api/v1/accounts/:id', async (req) => {
    api.caller(req, 'read:accounts');
    return renderAccount(ctx, api.account(req.params.id));
  });

  app.get<IdParams>('/api/v1/accounts/:id/statuses', async (req, reply) => {
    const viewer = api.caller(req, 'read:statuses').account;
    const account = api.account(req.params.id);
    const p = api.params(req);
    const excludeReplies = bool(p, 'exclude_replies') ?? false;
    const excludeReblogs = bool(p, 'exclude_reblogs') ?? false;
    const onlyMedia = bool(p, 'only_media') ?? false;
    const tagged = str(p, 'tagged')?.toLowerCase();
    // Pinned posts come on their own, most recently pinned first, as Mastodon sends them.
    const pinned = bool(p, 'pinned') ?? false;
    if (pinned) {
      const pins = (store.people.pinned.get(account.id) ?? []).flatMap((id) => store.statuses.get(id) ?? []);
      return pins.filter((s) => canSee(store, s, viewer?.id ?? null)).map((s) => renderStatus(ctx, s, viewer?.id ?? null));
    }
    const ids = store.statusesByAccount.get(account.id) ?? [];
    const page = api.page(req, reply, ids, (id) => id, [20, 40], (id) => {
      const s = store.statuses.get(id);
      if (!s || !canSee(store, s, viewer?.id ?? null)) return false;
      if (excludeReplies && s.inReplyToId && s.inReplyToAccountId !== s.accountId) return false;
      if (excludeReblogs && s.reblogOfId) return false;
      if (onlyMedia && s.mediaIds.length === 0) return false;
      if (tagged && !s.tags.some((t) => t.toLowerCase() === tagged)) return false;
      return true;
    });
    return page.map((id) => renderStatus(ctx, store.statuses.get(id) as StatusRecord, viewer?.id ?? null));
  });

  const followPage = (direction: 'followers' | 'following') =>
    app.get<IdParams>(`/api/v1/accounts/:id/${direction}`, async (req, reply) => {
      api.caller(req, 'read:accounts');
      const account = api.account(req.params.id);
      const edges: FollowRecord[] = [...(store[direction].get(account.id)?.values() ?? [])];
      const page = api.page(req, reply, edges, (f) => f.id, [40, 80]);
      return page.flatMap((f) => {
        const other = store.accounts.get(direction === 'followers' ? f.from : f.to);
        return other ? [renderAccount(ctx, other)] : [];
      });
    });
  followPage('followers');
  followPage('following');

  app.post<IdParams>('/api/v1/accounts/:id/follow', async (req) => {
    const me = api.user(req, 'write:follows');
    const target = api.account(req.params.id);
    if (target.id === me.id || store.people.isBlocking(target.id, me.id)) throw new ApiError(403, 'This action is not allowed');
    actions.follow(me, target);
    // `notify` changes only when sent, so following again keeps the bell as it was.
    const notify = bool(api.params(req), 'notify');
    if (notify !== undefined) store.people.setNotifying(me.id, target.id, notify);
    return renderRelationship(ctx, me.id, target.id);
  });

  app.post<IdParams>('/api/v1/accounts/:id/unfollow', async (req) => {
    const me = api.user(req, 'write:follows');
    const target = api.account(req.params.id);
    store.removeFollow(me.id, target.id);
    store.people.setNotifying(me.id, target.id, false);
    return renderRelationship(ctx, me.id, target.id);
  });

  app.get<IdParams>('/api/v1/accounts/:id/featured_tags', async (req) => {
    api.caller(req, 'read:accounts');
    const account = api.account(req.params.id);
    return (store.featuredTags.get(account.id) ?? []).map((name, i) => {
      const mine = (store.statusesByTag.get(name) ?? []).filter((id) => store.statuses.get(id)?.accountId === account.id);
      const last = store.statuses.get(mine[mine.length - 1] ?? '');
      return {
        id: String(i + 1),
        name,
        url: `${ctx.origin}/@${account.username}/tagged/${encodeURIComponent(name)}`,
        statuses_count: String(mine.length),
        last_status_at: last ? new Date(last.createdAt).toISOString().slice(0, 10) : null,
      };
    });
  });

  app.get<IdParams>('/api/v1/accounts/:id/lists', async (req) => {
    const me = api.user(req, 'read:lists');
    return [...store.lists.values()].filter((l) => l.ownerId === me.id && l.members.has(req.params.id)).map(renderList);
  });
};
