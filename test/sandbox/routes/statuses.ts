import type { FastifyInstance } from 'fastify';
import type { NewStatus } from '../core/actions';
import { ApiError, invalid, notFound } from '../core/errors';
import type { StatusRecord } from '../core/model';
import { canSee } from '../core/visibility';
import type { Api } from '../http/api';
import { bool, int, list, str, strings, type Params } from '../http/params';
import { emojisIn, renderAccount } from '../render/account';
import { iso } from '../render/context';
import { renderMedia, renderPoll, renderStatus } from '../render/status';
import type { MediaAttributes, StatusEdit } from '../core/edits';
import { readQuotePolicy } from '../core/quotes';
import { readFocus } from './media';
import { renderScheduled, scheduleStatus } from './scheduled';

type IdParams = { Params: { id: string } };

const VISIBILITIES = ['public', 'unlisted', 'private', 'direct'] as const;

/**
 * Reads the shared status-creation parameters (POST /statuses and scheduled statuses). A server
 * without quote posts (`quotes` false) ignores the quote parameters, as unknown parameters are ignored.
 */
export function readNewStatus(p: Params, quotes = true): NewStatus {
  const visibility = str(p, 'visibility');
  if (visibility !== undefined && !(VISIBILITIES as readonly string[]).includes(visibility)) throw invalid('Visibility is not included in the list');
  const input: NewStatus = {
    text: str(p, 'status') ?? '',
    spoilerText: str(p, 'spoiler_text') ?? '',
    sensitive: bool(p, 'sensitive') ?? false,
    inReplyToId: str(p, 'in_reply_to_id') || null,
    mediaIds: strings(p, 'media_ids'),
    poll: readPoll(p),
  };
  if (visibility !== undefined) input.visibility = visibility as NonNullable<NewStatus['visibility']>;
  const language = str(p, 'language');
  if (language) input.language = language;
  if (!quotes) return input;
  const quoted = str(p, 'quoted_status_id');
  if (quoted) input.quotedStatusId = quoted;
  const policy = readQuotePolicy(str(p, 'quote_approval_policy'));
  if (policy) input.quoteApprovalPolicy = policy;
  return input;
}

/** Reads `poll[options][]`, `poll[expires_in]` and `poll[multiple]`; null without a poll. */
function readPoll(p: Params): NewStatus['poll'] {
  const poll = p.poll as Params | undefined;
  return poll && typeof poll === 'object' ? { options: strings(poll, 'options'), expiresIn: int(poll, 'expires_in') ?? 86_400, multiple: bool(poll, 'multiple') ?? false } : null;
}

/** Reads `media_attributes[]` of an edit: `{ id, description?, focus? ("x,y") }` each. */
function readMediaAttributes(p: Params): MediaAttributes[] {
  return list(p, 'media_attributes').flatMap((raw) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const item = raw as Params;
    const id = str(item, 'id');
    if (!id) return [];
    const description = str(item, 'description');
    const focus = readFocus(str(item, 'focus'));
    return [{ id, ...(description === undefined ? {} : { description }), ...(focus ? { focus } : {}) }];
  });
}

/** Statuses: create (idempotent), read, edit, delete, context, history and interactions. */
export const statusRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx, actions } = api;
  const appName = (req: Parameters<typeof api.caller>[0]) => {
    const token = api.caller(req, null).token;
    return [...store.apps.values()].find((a) => a.id === token?.appId)?.name ?? null;
  };

  app.post('/api/v1/statuses', async (req) => {
    const me = api.user(req, 'write:statuses');
    const p = api.params(req);
    const key = req.headers['idempotency-key'];
    const idemKey = typeof key === 'string' && key !== '' ? `${me.id}:${key}` : undefined;
    if (idemKey) {
      // Mastodon remembers Idempotency-Key for an hour and answers with the first status (or scheduled status).
      const earlierId = store.idempotency.get(idemKey) ?? '';
      const earlier = store.statuses.get(earlierId);
      if (earlier) return renderStatus(ctx, earlier, me.id);
      const scheduled = store.scheduled.get(earlierId);
      if (scheduled) return renderScheduled(ctx, scheduled);
    }
    const input = readNewStatus(p, api.settings.profile.quotes);
    const scheduledAt = str(p, 'scheduled_at');
    if (scheduledAt) {
      const scheduled = scheduleStatus(api, me, input, scheduledAt, typeof key === 'string' && key !== '' ? key : null);
      if (idemKey) store.idempotency.set(idemKey, String(scheduled.id));
      return scheduled;
    }
    const status = actions.postStatus(me, { ...input, applicationName: appName(req) });
    if (idemKey) store.idempotency.set(idemKey, status.id);
    return renderStatus(ctx, status, me.id);
  });

  app.get<IdParams>('/api/v1/statuses/:id', async (req) => {
    const viewer = api.caller(req, 'read:statuses').account;
    return renderStatus(ctx, api.status(req.params.id, viewer?.id ?? null), viewer?.id ?? null);
  });

  const ownStatus = (id: string, meId: string): StatusRecord => {
    const status = api.status(id, meId);
    if (status.accountId !== meId) throw notFound();
    return status;
  };

  app.delete<IdParams>('/api/v1/statuses/:id', async (req) => {
    const me = api.user(req, 'write:statuses');
    const status = ownStatus(req.params.id, me.id);
    const rendered = renderStatus(ctx, status, me.id);
    // Delete-and-redraft keeps the attachments for the new post unless asked to delete them.
    actions.deleteStatus(status, { keepMedia: !(bool(api.params(req), 'delete_media') ?? false) });
    // Mastodon returns the deleted status with its source text so the client can redraft.
    return { ...rendered, text: status.text };
  });

  app.put<IdParams>('/api/v1/statuses/:id', async (req) => {
    const me = api.user(req, 'write:statuses');
    const status = ownStatus(req.params.id, me.id);
    if (status.reblogOfId) throw notFound();
    const p = api.params(req);
    const edit: StatusEdit = { text: str(p, 'status') ?? '' };
    const spoiler = str(p, 'spoiler_text');
    if (spoiler !== undefined) edit.spoilerText = spoiler;
    const sensitive = bool(p, 'sensitive');
    if (sensitive !== undefined) edit.sensitive = sensitive;
    const language = str(p, 'language');
    if (language) edit.language = language;
    // Mastodon replaces attachments and poll with what the edit sends: leaving them out removes them.
    edit.mediaIds = strings(p, 'media_ids');
    edit.mediaAttributes = readMediaAttributes(p);
    edit.poll = readPoll(p);
    const policy = readQuotePolicy(str(p, 'quote_approval_policy'));
    if (policy) edit.quoteApprovalPolicy = policy;
    return renderStatus(ctx, actions.editStatus(status, edit), me.id);
  });

  app.get<IdParams>('/api/v1/statuses/:id/source', async (req) => {
    const me = api.user(req, 'read:statuses');
    const status = ownStatus(req.params.id, me.id);
    return { id: status.id, text: status.text, spoiler_text: status.spoilerText };
  });

  app.get<IdParams>('/api/v1/statuses/:id/history', async (req) => {
    const viewer = api.caller(req, 'read:statuses').account;
    const status = api.status(req.params.id, viewer?.id ?? null);
    const account = api.account(status.accountId);
    const revisions = status.revisions.length > 0 ? status.revisions : [{ text: status.text, spoilerText: status.spoilerText, sensitive: status.sensitive, createdAt: status.createdAt }];
    return revisions.map((r) => ({
      content: renderStatus(ctx, { ...status, text: r.text, remoteHtml: status.remoteHtml }, null).content,
      spoiler_text: r.spoilerText,
      sensitive: r.sensitive,
      created_at: iso(r.createdAt),
      account: renderAccount(ctx, account),
      poll: r.poll === undefined ? (status.poll ? { options: status.poll.options.map((o) => ({ title: o.title })) } : null) : r.poll && { options: r.poll.map((title) => ({ title })) },
      // Each version shows the attachments it had, with the alt text they had then.
      media_attachments: (r.media ?? status.mediaIds.map((id) => ({ id, description: store.media.get(id)?.description ?? null }))).flatMap(({ id, description }) => {
        const media = store.media.get(id);
        return media ? [renderMedia(ctx, { ...media, description })] : [];
      }),
      emojis: emojisIn(ctx, r.text),
    }));
  });

  app.get<IdParams>('/api/v1/statuses/:id/context', async (req) => {
    const viewerId = api.caller(req, 'read:statuses').account?.id ?? null;
    const status = api.status(req.params.id, viewerId);
    const ancestors: StatusRecord[] = [];
    for (let parent = store.statuses.get(status.inReplyToId ?? ''); parent; parent = store.statuses.get(parent.inReplyToId ?? '')) {
      if (canSee(store, parent, viewerId)) ancestors.unshift(parent);
    }
    const descendants: StatusRecord[] = [];
    const walk = (id: string) => {
      for (const childId of store.repliesTo.get(id) ?? []) {
        const child = store.statuses.get(childId);
        if (!child) continue;
        if (canSee(store, child, viewerId)) descendants.push(child);
        walk(childId);
      }
    };
    walk(status.id);
    return { ancestors: ancestors.map((s) => renderStatus(ctx, s, viewerId)), descendants: descendants.map((s) => renderStatus(ctx, s, viewerId)) };
  });

  const interaction = (path: string, scope: string, act: (meId: string, status: StatusRecord) => StatusRecord) =>
    app.post<IdParams>(`/api/v1/statuses/:id/${path}`, async (req) => {
      const me = api.user(req, scope);
      const target = api.status(req.params.id, me.id);
      // Interactions apply to the original of a boost, as in Mastodon.
      const status = target.reblogOfId ? api.status(target.reblogOfId, me.id) : target;
      return renderStatus(ctx, act(me.id, status), me.id);
    });
  const meOf = (id: string) => api.account(id);
  interaction('favourite', 'write:favourites', (me, s) => (actions.favourite(meOf(me), s), s));
  interaction('unfavourite', 'write:favourites', (me, s) => (actions.unmark('favourites', meOf(me), s), s));
  interaction('bookmark', 'write:bookmarks', (me, s) => (actions.bookmark(meOf(me), s), s));
  interaction('unbookmark', 'write:bookmarks', (me, s) => (actions.unmark('bookmarks', meOf(me), s), s));
  interaction('reblog', 'write:statuses', (me, s) => actions.reblog(meOf(me), s));
  interaction('unreblog', 'write:statuses', (me, s) => {
    const boost = s.reblogIds.map((id) => store.statuses.get(id)).find((b) => b?.accountId === me);
    if (boost) actions.deleteStatus(boost);
    return s;
  });

  const accountsWho = (path: string, ids: (s: StatusRecord) => string[]) =>
    app.get<IdParams>(`/api/v1/statuses/:id/${path}`, async (req) => {
      const viewer = api.caller(req, 'read:accounts').account;
      const status = api.status(req.params.id, viewer?.id ?? null);
      return ids(status).flatMap((id) => {
        const account = store.accounts.get(id);
        return account ? [renderAccount(ctx, account)] : [];
      });
    });
  accountsWho('favourited_by', (s) => [...s.favouritedBy].reverse().slice(0, 40));
  accountsWho('reblogged_by', (s) => s.reblogIds.map((id) => store.statuses.get(id)?.accountId ?? '').reverse().slice(0, 40));

  app.get<IdParams>('/api/v1/polls/:id', async (req) => {
    const viewer = api.caller(req, 'read:statuses').account;
    const status = store.statuses.get(store.pollStatus.get(req.params.id) ?? '');
    if (!status?.poll || !canSee(store, status, viewer?.id ?? null)) throw notFound();
    return renderPoll(ctx, status.poll, viewer?.id ?? null);
  });

  app.post<IdParams>('/api/v1/polls/:id/votes', async (req) => {
    const me = api.user(req, 'write:statuses');
    const status = store.statuses.get(store.pollStatus.get(req.params.id) ?? '');
    if (!status?.poll || !canSee(store, status, me.id)) throw notFound();
    const choices = strings(api.params(req), 'choices').map(Number);
    if (status.accountId === me.id) throw new ApiError(422, 'Validation failed: You cannot vote on your own poll');
    actions.vote(me, status.poll, choices);
    return renderPoll(ctx, status.poll, me.id);
  });
};
