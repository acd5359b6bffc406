import { escapeHtml } from '../core/compose';
import type { AccountRecord } from '../core/model';
import { CUSTOM_EMOJI_CODES, renderEmoji, renderRemoteEmoji } from './emoji';
import { actorUri, iso, profileUrl, type RenderContext } from './context';

/** Custom emoji used in a piece of text, as entities. */
export function emojisIn(ctx: RenderContext, text: string): object[] {
  return CUSTOM_EMOJI_CODES.filter((code) => text.includes(`:${code}:`)).map((code) => renderEmoji(ctx, code));
}

function noteHtml(source: string): string {
  if (source === '') return '';
  return source
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br />')}</p>`)
    .join('');
}

/** A field's value as Mastodon formats it: a web address becomes a link (`rel="me"`), anything else is escaped text. */
function fieldHtml(value: string): string {
  if (!/^https:\/\/[^\s<>"]+$/.test(value)) return escapeHtml(value);
  const shown = value.replace(/^https:\/\//, '');
  return `<a href="${escapeHtml(value)}" target="_blank" rel="nofollow noopener me" translate="no"><span class="invisible">https://</span><span class="">${escapeHtml(shown)}</span><span class="invisible"></span></a>`;
}

/** How deep `moved` nests: Mastodon renders the new account inside the old one, and a chain of moves is possible. */
const MOVED_DEPTH = 2;

/** The public Account entity. */
export function renderAccount(ctx: RenderContext, account: AccountRecord, depth = 0): Record<string, unknown> {
  const { store } = ctx;
  const avatar = account.raw?.avatar ?? `${ctx.origin}/sandbox/avatars/${account.id}.svg`;
  const header = store.people.headers.has(account.id) ? `${ctx.origin}/sandbox/headers/${account.id}.svg` : `${ctx.origin}/headers/original/missing.png`;
  const movedTo = store.accounts.get(store.people.movedTo.get(account.id) ?? '');
  // Mastodon truncates account creation times to midnight UTC to avoid leaking sign-up times.
  const created = new Date(account.createdAt);
  created.setUTCHours(0, 0, 0, 0);
  return {
    id: account.id,
    username: account.username,
    acct: store.acctOf(account),
    display_name: account.displayName,
    locked: account.locked,
    bot: account.bot,
    discoverable: account.discoverable,
    indexable: account.indexable,
    group: account.group,
    created_at: created.toISOString(),
    note: account.raw?.noteHtml ?? noteHtml(account.noteSource),
    url: profileUrl(ctx, account),
    uri: actorUri(ctx, account),
    avatar,
    avatar_static: avatar,
    avatar_description: '',
    header,
    header_static: header,
    header_description: '',
    followers_count: store.followers.get(account.id)?.size ?? 0,
    following_count: store.following.get(account.id)?.size ?? 0,
    statuses_count: account.statusesCount,
    last_status_at: account.lastStatusAt === null ? null : iso(account.lastStatusAt).slice(0, 10),
    hide_collections: false,
    noindex: !account.indexable,
    emojis: [...emojisIn(ctx, account.displayName), ...(account.raw?.emojis ?? []).map(renderRemoteEmoji)],
    roles: account.domain ? [] : account.roleName ? [{ id: '3', name: account.roleName, color: '#6364ff' }] : [],
    fields: account.fields.map((f) => ({ name: f.name, value: f.html ?? fieldHtml(f.value), verified_at: f.verifiedAt ? iso(f.verifiedAt) : null })),
    ...(movedTo && depth < MOVED_DEPTH ? { moved: renderAccount(ctx, movedTo, depth + 1) } : {}),
  };
}

/** The CredentialAccount entity: the account plus its editable source and role. */
export function renderCredentialAccount(ctx: RenderContext, account: AccountRecord): Record<string, unknown> {
  return {
    ...renderAccount(ctx, account),
    source: {
      privacy: account.privacy,
      sensitive: account.sensitive,
      language: account.language,
      note: account.noteSource,
      fields: account.fields.map((f) => ({ name: f.name, value: f.value, verified_at: f.verifiedAt ? iso(f.verifiedAt) : null })),
      follow_requests_count: 0,
      hide_collections: false,
      discoverable: account.discoverable,
      indexable: account.indexable,
      attribution_domains: [],
    },
    role: { id: '-99', name: '', permissions: '65536', color: '', highlighted: false },
  };
}

/** The Relationship entity between the viewer and `target`. */
export function renderRelationship(ctx: RenderContext, viewerId: string, targetId: string): Record<string, unknown> {
  const { store } = ctx;
  const { people } = store;
  const following = store.follows(viewerId, targetId);
  return {
    id: targetId,
    following,
    showing_reblogs: following,
    notifying: following && people.isNotifying(viewerId, targetId),
    languages: null,
    followed_by: store.follows(targetId, viewerId),
    blocking: people.isBlocking(viewerId, targetId),
    blocked_by: people.isBlocking(targetId, viewerId),
    muting: people.isMuting(viewerId, targetId),
    muting_notifications: people.isMutingNotifications(viewerId, targetId),
    requested: people.hasRequested(viewerId, targetId),
    requested_by: people.hasRequested(targetId, viewerId),
    domain_blocking: false,
    endorsed: people.isEndorsing(viewerId, targetId),
    note: people.noteOf(viewerId, targetId),
  };
}
