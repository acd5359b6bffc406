import type { RenderContext } from '../render/context';
import { baseAccount } from '../seed/org';
import { blankStatusParts, type AccountRecord, type StatusRecord } from './model';
import type { Store } from './store';

/** What `resolve=true` found on another server and now knows locally. */
export interface Fetched {
  status?: StatusRecord;
  account?: AccountRecord;
}

interface RemoteAccount {
  username: string;
  display_name: string;
  note: string;
  created_at: string;
  bot: boolean;
  group: boolean;
  locked: boolean;
}

interface RemoteStatus {
  url: string;
  uri: string;
  content: string;
  spoiler_text: string;
  sensitive: boolean;
  visibility: StatusRecord['visibility'];
  language: string | null;
  created_at: string;
  account: RemoteAccount;
}

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Fetches a post (by its page URL) or an account (by `user@host`) from another sandbox on this
 * computer and keeps a local copy with an id of this server, as Mastodon does when `resolve=true`
 * finds something it has not seen (Mastodon asks over ActivityPub; sandboxes ask each other's public
 * API). Only loopback servers are asked: a sandbox never reaches the network. Undefined when the
 * query names nothing another sandbox could have.
 */
export async function fetchFromAnotherSandbox(store: Store, ctx: RenderContext, query: string): Promise<Fetched | undefined> {
  const target = remoteTarget(ctx, query);
  if (!target) return undefined;
  try {
    if (target.kind === 'status') {
      const known = [...store.statuses.values()].find((status) => status.remote?.url === target.url);
      if (known) return { status: known };
      const answer = await fetch(`${target.origin}/api/v1/statuses/${target.id}`, { signal: AbortSignal.timeout(5_000) });
      if (!answer.ok) return {};
      const remote = (await answer.json()) as RemoteStatus;
      return { status: keepStatus(store, importAccount(store, target.origin, remote.account), remote, target.id) };
    }
    const answer = await fetch(`${target.origin}/api/v1/accounts/lookup?acct=${encodeURIComponent(target.username)}`, { signal: AbortSignal.timeout(5_000) });
    return answer.ok ? { account: importAccount(store, target.origin, (await answer.json()) as RemoteAccount) } : {};
  } catch {
    // The other server is down or answered nonsense: nothing found, as Mastodon would say.
    return {};
  }
}

type Target = { kind: 'status'; origin: string; url: string; id: string } | { kind: 'account'; origin: string; username: string };

function remoteTarget(ctx: RenderContext, query: string): Target | undefined {
  const handle = /^@?([\w.-]+)@((?:127\.0\.0\.1|localhost|\[::1\]):\d{1,5})$/.exec(query);
  if (handle) {
    const origin = `http://${handle[2] as string}`;
    return origin === ctx.origin ? undefined : { kind: 'account', origin, username: handle[1] as string };
  }
  let url: URL;
  try {
    url = new URL(query);
  } catch {
    return undefined;
  }
  const page = /^\/@[\w.-]+\/(\d+)$/.exec(url.pathname);
  if (url.protocol !== 'http:' || !loopback.has(url.hostname) || url.origin === ctx.origin || !page) return undefined;
  return { kind: 'status', origin: url.origin, url: url.href.replace(/\/$/, ''), id: page[1] as string };
}

function importAccount(store: Store, origin: string, remote: RemoteAccount): AccountRecord {
  const domain = new URL(origin).host;
  const known = store.findByAcct(`${remote.username}@${domain}`, '');
  if (known) return known;
  const createdAt = Date.parse(remote.created_at) || Date.now();
  const account: AccountRecord = {
    ...baseAccount(store, remote.username, createdAt, 200),
    domain,
    origin,
    displayName: remote.display_name || remote.username,
    // The bio arrives as HTML; only its text is kept, as the sandbox keeps notes as plain text.
    noteSource: remote.note.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim(),
    bot: remote.bot,
    group: remote.group,
    locked: remote.locked,
  };
  store.addAccount(account);
  return account;
}

function keepStatus(store: Store, author: AccountRecord, remote: RemoteStatus, remoteId: string): StatusRecord {
  const createdAt = Date.parse(remote.created_at) || Date.now();
  // Ids are each server's own; two sandboxes counting the same millisecond would otherwise agree by chance.
  let id = store.ids.next(createdAt);
  if (id === remoteId) id = store.ids.next(createdAt);
  const status: StatusRecord = {
    id,
    accountId: author.id,
    createdAt,
    text: '',
    remoteHtml: remote.content,
    spoilerText: remote.spoiler_text,
    visibility: remote.visibility,
    sensitive: remote.sensitive,
    language: remote.language,
    inReplyToId: null,
    inReplyToAccountId: null,
    reblogOfId: null,
    ...blankStatusParts(),
    applicationName: null,
    remote: { url: remote.url, uri: remote.uri },
  };
  store.indexStatus(status);
  return status;
}
