import type { mastodon } from 'masto';
import type { Page, RemoteClient } from '../../bridge/remoteClient';
import type { StreamName } from '../../../shared/domain';

/** Which posts a timeline shows. Each kind maps to one masto list call and, where Mastodon has one, one stream. */
export type TimelineSource =
  | { kind: 'home' }
  | { kind: 'local' }
  | { kind: 'federated' }
  | { kind: 'tag'; tag: string }
  | { kind: 'list'; id: string }
  | { kind: 'bookmarks' }
  | { kind: 'favourites' }
  | { kind: 'account'; id: string; filter?: AccountPostsFilter };

/** Which of a person's posts: without replies (their profile's first tab), with replies, only those with media, or their pinned posts. */
export type AccountPostsFilter = 'posts' | 'replies' | 'media' | 'pinned';

const accountPostsParams: Record<AccountPostsFilter, Record<string, boolean>> = {
  posts: { excludeReplies: true },
  replies: {},
  media: { onlyMedia: true },
  pinned: { pinned: true },
};

/** A timeline's key in the store: the account it is read as, and its source. */
export type TimelineKey = string;

/** The store key of a source read by an account, e.g. `me@social.example|tag:design`. */
export function timelineKey(accountId: string, source: TimelineSource): TimelineKey {
  const detail =
    source.kind === 'tag'
      ? `:${source.tag.toLowerCase()}`
      : source.kind === 'account' && source.filter
        ? `:${source.id}:${source.filter}`
        : source.kind === 'list' || source.kind === 'account'
          ? `:${source.id}`
          : '';
  return `${accountId}|${source.kind}${detail}`;
}

/** Query parameters of a page request: masto's pagination plus whatever the `Link` header said. */
export type PageQuery = { limit?: number; maxId?: string; minId?: string } & Record<string, string | number | undefined>;

/** How many posts to ask for at once; Mastodon's maximum for timelines. */
export const PAGE_LIMIT = 40;

/** Fetches one page of a source's posts, newest first. */
export function fetchTimelinePage(client: RemoteClient, source: TimelineSource, query: PageQuery): Promise<Page<mastodon.v1.Status[]>> {
  const params = { limit: PAGE_LIMIT, ...query };
  switch (source.kind) {
    case 'home':
      return client.v1.timelines.home.list(params);
    case 'local':
      return client.v1.timelines.public.list({ ...params, local: true });
    case 'federated':
      return client.v1.timelines.public.list(params);
    case 'tag':
      return client.v1.timelines.tag.$select(source.tag).list(params);
    case 'list':
      return client.v1.timelines.list.$select(source.id).list(params);
    case 'bookmarks':
      return client.v1.bookmarks.list(params);
    case 'favourites':
      return client.v1.favourites.list(params);
    case 'account':
      return client.v1.accounts.$select(source.id).statuses.list({ ...params, ...(source.filter ? accountPostsParams[source.filter] : {}) });
  }
}

/** The stream that carries a source's new posts, or undefined when Mastodon has none for it. */
export function streamOf(source: TimelineSource): { stream: StreamName; tag?: string; list?: string } | undefined {
  switch (source.kind) {
    case 'home':
      return { stream: 'user' };
    case 'local':
      return { stream: 'public:local' };
    case 'federated':
      return { stream: 'public' };
    case 'tag':
      return { stream: 'hashtag', tag: source.tag };
    case 'list':
      return { stream: 'list', list: source.id };
    default:
      return undefined;
  }
}

/**
 * True when the source pages by post id, so `max_id`/`min_id` can be built from ids we hold.
 * Bookmarks and favourites page by the server's own bookmark/favourite ids, known only from
 * the `Link` header: they are never trimmed nor gap-filled. Pinned posts come in pin order and are
 * simply loaded again.
 */
export const pagesByStatusId = (source: TimelineSource): boolean =>
  source.kind !== 'bookmarks' && source.kind !== 'favourites' && !(source.kind === 'account' && source.filter === 'pinned');
