import { composeHtml, escapeHtml } from '../core/compose';
import type { MediaRecord, NotificationRecord, PollRecord, StatusRecord } from '../core/model';
import { emojisIn, renderAccount } from './account';
import { renderRemoteEmoji } from './emoji';
import { iso, profileUrl, serverOf, type RenderContext } from './context';
import { quoteFields } from './quote';

/** The MediaAttachment entity; `url` is null while the file is still processing. */
export function renderMedia(ctx: RenderContext, media: MediaRecord): Record<string, unknown> {
  const ready = ctx.nowMs() >= media.readyAt;
  const ext = media.mime === 'image/svg+xml' ? 'svg' : (media.mime.split('/')[1] ?? 'bin');
  const file = `${ctx.origin}/sandbox/media/${media.id}/original.${ext}`;
  const size = { width: media.width, height: media.height, size: `${media.width}x${media.height}`, aspect: media.width / media.height };
  return {
    id: media.id,
    type: media.type,
    url: ready ? file : null,
    preview_url: ready ? `${ctx.origin}/sandbox/media/${media.id}/small.svg` : null,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: ready ? { original: size, small: { ...size }, ...(media.focus ? { focus: media.focus } : {}) } : media.focus ? { focus: media.focus } : null,
    description: media.description,
    blurhash: media.blurhash,
  };
}

/** The Poll entity, with the viewer's votes when there is a viewer. */
export function renderPoll(ctx: RenderContext, poll: PollRecord, viewerId: string | null): Record<string, unknown> {
  const votes = poll.options.reduce((sum, o) => sum + o.votes, 0);
  const own = viewerId === null ? undefined : poll.voters.get(viewerId);
  return {
    id: poll.id,
    expires_at: poll.expiresAt === null ? null : iso(poll.expiresAt),
    expired: poll.expiresAt !== null && poll.expiresAt <= ctx.nowMs(),
    multiple: poll.multiple,
    votes_count: votes,
    voters_count: poll.multiple ? poll.voters.size : null,
    options: poll.options.map((o) => ({ title: o.title, votes_count: o.votes })),
    emojis: [],
    ...(viewerId === null ? {} : { voted: own !== undefined, own_votes: own ?? [] }),
  };
}

function statusHtml(ctx: RenderContext, status: StatusRecord): string {
  if (status.remoteHtml !== null) return status.remoteHtml;
  const resolve = (acct: string) => ctx.store.findByAcct(acct, ctx.domain);
  const html = composeHtml(status.text, ctx.origin, resolve, (a) => profileUrl(ctx, a)).html;
  // Like Mastodon, a quote whose text does not link the quoted post starts with a "RE:" link for older clients.
  const quoted = status.quote ? ctx.store.statuses.get(status.quote.statusId) : undefined;
  if (!quoted || status.text.includes(statusUrl(ctx, quoted))) return html;
  const url = escapeHtml(statusUrl(ctx, quoted));
  return `<p class="quote-inline">RE: <a href="${url}">${url}</a></p>${html}`;
}

/** The URL of a status's page. */
export function statusUrl(ctx: RenderContext, status: StatusRecord): string {
  if (status.remote) return status.remote.url;
  const account = ctx.store.accounts.get(status.accountId);
  return `${account ? profileUrl(ctx, account) : ctx.origin}/${status.id}`;
}

/** The Status entity as `viewerId` (null: anonymous) sees it; `nested` when it is shown inside a quote. */
export function renderStatus(ctx: RenderContext, status: StatusRecord, viewerId: string | null, nested = false): Record<string, unknown> {
  const { store } = ctx;
  const account = store.accounts.get(status.accountId);
  if (!account) throw new Error(`status ${status.id} has no account`);
  const original = status.reblogOfId ? store.statuses.get(status.reblogOfId) : undefined;
  const html = original ? '' : statusHtml(ctx, status);
  const host = serverOf(ctx, account);
  const viewerFields =
    viewerId === null
      ? {}
      : {
          favourited: status.favouritedBy.has(viewerId),
          reblogged: status.reblogIds.some((id) => store.statuses.get(id)?.accountId === viewerId),
          muted: false,
          bookmarked: status.bookmarkedBy.has(viewerId),
          ...(status.accountId === viewerId && !original ? { pinned: false } : {}),
          filtered: [],
        };
  return {
    id: status.id,
    created_at: iso(status.createdAt),
    in_reply_to_id: status.inReplyToId,
    in_reply_to_account_id: status.inReplyToAccountId,
    sensitive: status.sensitive,
    spoiler_text: status.spoilerText,
    visibility: status.visibility,
    language: status.language,
    uri: status.remote?.uri ?? `${host}/users/${account.username}/statuses/${status.id}${original ? '/activity' : ''}`,
    url: original ? null : statusUrl(ctx, status),
    replies_count: status.repliesCount,
    reblogs_count: status.reblogIds.length,
    favourites_count: status.favouritedBy.size,
    edited_at: status.editedAt === null ? null : iso(status.editedAt),
    content: html,
    reblog: original ? renderStatus(ctx, original, viewerId) : null,
    application: status.applicationName && !account.domain ? { name: status.applicationName, website: null } : null,
    account: renderAccount(ctx, account),
    media_attachments: status.mediaIds.flatMap((id) => {
      const media = store.media.get(id);
      return media ? [renderMedia(ctx, media)] : [];
    }),
    mentions: status.mentionIds.flatMap((id) => {
      const m = store.accounts.get(id);
      return m ? [{ id: m.id, username: m.username, url: profileUrl(ctx, m), acct: store.acctOf(m) }] : [];
    }),
    tags: status.tags.map((name) => ({ name: name.toLowerCase(), url: `${ctx.origin}/tags/${encodeURIComponent(name.toLowerCase())}` })),
    emojis: [...emojisIn(ctx, status.text + status.spoilerText), ...(status.remoteEmojis ?? []).map(renderRemoteEmoji)],
    card: status.card ? renderCard(ctx, status.card) : null,
    poll: status.poll ? renderPoll(ctx, status.poll, viewerId) : null,
    ...quoteFields(ctx, status, viewerId, nested, renderStatus),
    ...viewerFields,
  };
}

function renderCard(ctx: RenderContext, card: NonNullable<StatusRecord['card']>): Record<string, unknown> {
  const site = new URL(card.url);
  return {
    url: card.url,
    title: card.title,
    description: card.description,
    language: 'en',
    type: 'link',
    author_name: '',
    author_url: '',
    provider_name: card.providerName,
    provider_url: `${site.origin}/`,
    html: '',
    width: 400,
    height: 210,
    image: card.image ?? `${ctx.origin}/sandbox/cards/${encodeURIComponent(site.hostname)}.svg`,
    image_description: '',
    embed_url: '',
    blurhash: 'UDJ[^7%M00j[~qRjM{t700of-;ay00WB%Mt7',
    published_at: null,
    authors: [],
  };
}

/** The Notification entity. */
export function renderNotification(ctx: RenderContext, n: NotificationRecord): Record<string, unknown> {
  const from = ctx.store.accounts.get(n.fromAccountId);
  if (!from) throw new Error(`notification ${n.id} has no account`);
  const status = n.statusId ? ctx.store.statuses.get(n.statusId) : undefined;
  return {
    id: n.id,
    type: n.type,
    group_key: `ungrouped-${n.id}`,
    created_at: iso(n.createdAt),
    account: renderAccount(ctx, from),
    ...(status ? { status: renderStatus(ctx, status, n.accountId) } : {}),
  };
}
