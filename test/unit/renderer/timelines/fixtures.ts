import type { mastodon } from 'masto';
import { vi } from 'vitest';
import type { MastoPathSegment } from '../../../../shared/bridge';
import type { Result } from '../../../../shared/result';
import { installFakeBridge } from '../fakeBridge';

/** A local account, as Mastodon sends it (acct without a domain). */
export function account(overrides: Partial<mastodon.v1.Account> = {}): mastodon.v1.Account {
  return {
    id: '1',
    username: 'ana',
    acct: 'ana',
    url: 'https://social.example/@ana',
    displayName: 'Ana Ruiz',
    note: '',
    avatar: 'https://social.example/avatars/ana.png',
    avatarStatic: 'https://social.example/avatars/ana.png',
    header: '',
    headerStatic: '',
    locked: false,
    fields: [],
    emojis: [],
    bot: false,
    group: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    lastStatusAt: '2025-01-01',
    statusesCount: 1,
    followersCount: 1,
    followingCount: 1,
    roles: [],
    ...overrides,
  } as mastodon.v1.Account;
}

/** A plain public post by `account()`; override what a test is about. */
export function status(id: string, overrides: Partial<mastodon.v1.Status> = {}): mastodon.v1.Status {
  return {
    id,
    uri: `https://social.example/statuses/${id}`,
    url: `https://social.example/@ana/${id}`,
    createdAt: '2025-03-01T10:00:00.000Z',
    editedAt: null,
    account: account(),
    content: `<p>Post ${id}</p>`,
    visibility: 'public',
    sensitive: false,
    spoilerText: '',
    mediaAttachments: [],
    mentions: [],
    tags: [],
    emojis: [],
    reblogsCount: 0,
    favouritesCount: 0,
    repliesCount: 0,
    favourited: false,
    reblogged: false,
    bookmarked: false,
    ...overrides,
  } as mastodon.v1.Status;
}

/** Ids `from` down to `to`, newest first, as Mastodon orders a page. */
export const idRange = (from: number, to: number): string[] => Array.from({ length: from - to + 1 }, (_, index) => String(from - index));

type Route = (params: Record<string, unknown> | undefined) => unknown;

/**
 * Fakes `callMastodon` by call path (`v1.timelines.home.list`, `$select` for ids). A route
 * returns (or resolves to) the data, `{ data, next }` for a page (mark it with `page()`), or throws to fail
 * (with the thrown error's `code`, e.g. `not_found` for a 404, or `forbidden`).
 */
export function installMasto(routes: Record<string, Route>) {
  return installFakeBridge({
    callMastodon: async (input): Promise<Result<unknown>> => {
      const { path, params } = input as { path: MastoPathSegment[]; params?: Record<string, unknown> };
      const key = path.map((segment) => (typeof segment === 'string' ? segment : '$select')).join('.');
      const route = routes[key];
      if (!route) return { ok: false, error: { code: 'unexpected', message: `No route for ${key}` } };
      try {
        const answer: unknown = await route(params);
        return { ok: true, value: isPage(answer) ? answer.reply : { data: answer } };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return { ok: false, error: { code: typeof code === 'string' ? code : 'forbidden', message: (error as Error).message } };
      }
    },
  });
}

/** An error a route throws to fail the way the dispatcher reports it, e.g. `failure('not_found', …)` for a 404. */
export const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

const pageMark = Symbol('page');
/** A list answer with the `next` query the Link header would give. */
export const page = (data: unknown[], next?: Record<string, string>) => ({ [pageMark]: true, reply: { data, next } });
const isPage = (value: unknown): value is { reply: unknown } => typeof value === 'object' && value !== null && pageMark in value;

/** A fake timeline of `total` posts with ids total..1 that answers max_id / min_id like Mastodon. */
export function fakeTimeline(total: number) {
  const all = idRange(total, 1).map((id) => status(id));
  return (params: Record<string, unknown> | undefined) => {
    const limit = Number(params?.['limit'] ?? 40);
    const maxId = params?.['maxId'] ?? params?.['max_id'];
    const minId = params?.['minId'] ?? params?.['min_id'];
    let chosen: mastodon.v1.Status[];
    if (minId !== undefined) {
      // min_id: the posts just above it, still newest first.
      const above = all.filter((post) => Number(post.id) > Number(minId));
      chosen = above.slice(Math.max(0, above.length - limit));
    } else {
      chosen = all.filter((post) => maxId === undefined || Number(post.id) < Number(maxId)).slice(0, limit);
    }
    const last = chosen.at(-1);
    return page(chosen, last && chosen.length === limit ? { max_id: last.id } : undefined);
  };
}

/** jsdom lays nothing out: gives every element a size, so a virtualized list has a viewport and rows to show. */
export function fakeLayout() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, bottom: 300, right: 600, width: 600, height: 300, toJSON: () => ({}) });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(300);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
}
