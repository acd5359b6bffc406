import type { mastodon } from 'masto';
import type { DirectoryPerson } from '../../../shared/directory';

/** An account from a search answer, as a directory card shows it (a server without a directory). */
export function personFromAccount(account: mastodon.v1.Account): DirectoryPerson {
  return {
    id: account.id,
    acct: account.acct ?? '',
    username: account.username ?? '',
    url: account.url ?? '',
    displayName: account.displayName ?? '',
    note: account.note ?? '',
    avatar: account.avatarStatic || account.avatar || '',
    bot: Boolean(account.bot),
    group: Boolean(account.group),
    locked: Boolean(account.locked),
    createdAt: account.createdAt ?? '',
    lastStatusAt: account.lastStatusAt ?? null,
    followersCount: account.followersCount ?? 0,
    followingCount: account.followingCount ?? 0,
    statusesCount: account.statusesCount ?? 0,
    fields: Array.isArray(account.fields) ? account.fields.map((field) => ({ name: field.name ?? '', value: field.value ?? '', verifiedAt: field.verifiedAt ?? null })) : [],
    emojis: Array.isArray(account.emojis) ? account.emojis.map((emoji) => ({ shortcode: emoji.shortcode, url: emoji.url, staticUrl: emoji.staticUrl })) : [],
  };
}
