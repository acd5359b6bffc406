import type { FastifyInstance } from 'fastify';
import type { NewStatus } from '../core/actions';
import { invalid, notFound } from '../core/errors';
import { startQuote } from '../core/quotes';
import type { AccountRecord, ScheduledRecord } from '../core/model';
import type { Api } from '../http/api';
import { str } from '../http/params';
import { iso, type RenderContext } from '../render/context';
import { renderMedia } from '../render/status';

const MIN_AHEAD_MS = 5 * 60_000;
const DAILY_LIMIT = 25;
const TOTAL_LIMIT = 300;
const DAY = 86_400_000;

/** The ScheduledStatus entity. */
export function renderScheduled(ctx: RenderContext, s: ScheduledRecord): Record<string, unknown> {
  const p = s.params;
  return {
    id: s.id,
    scheduled_at: iso(s.scheduledAt),
    params: {
      text: p.text,
      visibility: p.visibility,
      spoiler_text: p.spoilerText,
      sensitive: p.sensitive,
      language: p.language,
      // The contract types this as integer|null (Rails stores it as sent); the sandbox sends null or a number.
      in_reply_to_id: p.inReplyToId === null ? null : Number(p.inReplyToId),
      media_ids: p.mediaIds.length > 0 ? p.mediaIds : null,
      poll: p.poll ? { options: p.poll.options, expires_in: p.poll.expiresIn, multiple: p.poll.multiple, hide_totals: p.poll.hideTotals } : null,
      idempotency: p.idempotency,
      // Mastodon keeps the parameters as they were sent: the quote ones only when given.
      ...(p.quotedStatusId ? { quoted_status_id: p.quotedStatusId } : {}),
      ...(p.quoteApprovalPolicy ? { quote_approval_policy: p.quoteApprovalPolicy } : {}),
      scheduled_at: null,
      application_id: s.applicationId,
      with_rate_limit: false,
    },
    media_attachments: p.mediaIds.flatMap((id) => {
      const m = ctx.store.media.get(id);
      return m ? [renderMedia(ctx, m)] : [];
    }),
  };
}

/** Checks Mastodon's scheduling rules: ≥ 5 minutes ahead, ≤ 25 on that day, ≤ 300 in total. */
function checkSlot(api: Api, accountId: string, at: number, ignoreId?: string): void {
  if (!Number.isFinite(at)) throw invalid('Scheduled at is invalid');
  if (at - api.clock.nowMs() < MIN_AHEAD_MS) throw invalid('Scheduled at The scheduled date must be in the future');
  const mine = [...api.store.scheduled.values()].filter((s) => s.accountId === accountId && s.id !== ignoreId);
  if (mine.length >= TOTAL_LIMIT) throw invalid('You have exceeded the limit of 300 scheduled statuses');
  const day = Math.floor(at / DAY);
  if (mine.filter((s) => Math.floor(s.scheduledAt / DAY) === day).length >= DAILY_LIMIT) throw invalid('You have exceeded the limit of 25 scheduled statuses on that day');
}

/** Stores a status for later (POST /api/v1/statuses with `scheduled_at`). */
export function scheduleStatus(api: Api, me: AccountRecord, input: NewStatus, scheduledAt: string, idempotency: string | null = null): Record<string, unknown> {
  const at = Date.parse(scheduledAt);
  checkSlot(api, me.id, at);
  if (input.text.trim() === '' && (input.mediaIds ?? []).length === 0 && !input.poll) throw invalid("Text can't be blank");
  // As Mastodon, a quote that may not be made is refused now, not when the time comes.
  if (input.quotedStatusId) startQuote(api.store, me.id, input.quotedStatusId);
  const record: ScheduledRecord = {
    id: api.store.ids.next(api.clock.nowMs()),
    accountId: me.id,
    scheduledAt: at,
    params: {
      text: input.text,
      visibility: input.visibility ?? me.privacy,
      spoilerText: input.spoilerText || null,
      sensitive: input.sensitive ?? null,
      language: input.language ?? null,
      inReplyToId: input.inReplyToId ?? null,
      mediaIds: input.mediaIds ?? [],
      poll: input.poll ? { ...input.poll, hideTotals: false } : null,
      idempotency,
      quotedStatusId: input.quotedStatusId ?? null,
      quoteApprovalPolicy: input.quoteApprovalPolicy ?? null,
    },
    applicationId: 1,
  };
  api.store.scheduled.set(record.id, record);
  return renderScheduled(api.ctx, record);
}

/** Publishes every scheduled status whose time has come by the sandbox clock. */
export function publishDue(api: Api): void {
  const now = api.clock.nowMs();
  const due = [...api.store.scheduled.values()].filter((s) => s.scheduledAt <= now).sort((a, b) => a.scheduledAt - b.scheduledAt);
  for (const s of due) {
    api.store.scheduled.delete(s.id);
    const author = api.store.accounts.get(s.accountId);
    if (!author) continue;
    const p = s.params;
    try {
      api.actions.postStatus(author, {
        text: p.text,
        visibility: p.visibility,
        spoilerText: p.spoilerText ?? '',
        sensitive: p.sensitive ?? false,
        language: p.language,
        inReplyToId: p.inReplyToId,
        mediaIds: p.mediaIds,
        poll: p.poll,
        quotedStatusId: p.quotedStatusId ?? null,
        ...(p.quoteApprovalPolicy ? { quoteApprovalPolicy: p.quoteApprovalPolicy } : {}),
      });
    } catch {
      // Mastodon drops a scheduled status that can no longer be posted (e.g. its parent was deleted).
    }
  }
}

/** Scheduled statuses: list, get, reschedule, cancel. */
export const scheduledRoutes = (app: FastifyInstance, api: Api): void => {
  const { store, ctx } = api;
  const own = (id: string, meId: string): ScheduledRecord => {
    const s = store.scheduled.get(id);
    if (!s || s.accountId !== meId) throw notFound();
    return s;
  };
  app.get('/api/v1/scheduled_statuses', async (req, reply) => {
    const me = api.user(req, 'read:statuses');
    const mine = [...store.scheduled.values()].filter((s) => s.accountId === me.id).sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    return api.page(req, reply, mine, (s) => s.id, [20, 40]).map((s) => renderScheduled(ctx, s));
  });
  app.get<{ Params: { id: string } }>('/api/v1/scheduled_statuses/:id', async (req) => renderScheduled(ctx, own(req.params.id, api.user(req, 'read:statuses').id)));
  app.put<{ Params: { id: string } }>('/api/v1/scheduled_statuses/:id', async (req) => {
    const me = api.user(req, 'write:statuses');
    const s = own(req.params.id, me.id);
    const at = Date.parse(str(api.params(req), 'scheduled_at') ?? '');
    checkSlot(api, me.id, at, s.id);
    s.scheduledAt = at;
    return renderScheduled(ctx, s);
  });
  app.delete<{ Params: { id: string } }>('/api/v1/scheduled_statuses/:id', async (req) => {
    store.scheduled.delete(own(req.params.id, api.user(req, 'write:statuses').id).id);
    return {};
  });
};
