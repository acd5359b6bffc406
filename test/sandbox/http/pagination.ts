import { compareIds } from '../core/ids';
import { int, str, type Params } from './params';

/** The pagination part of a request. */
export interface PageQuery {
  maxId?: string;
  sinceId?: string;
  minId?: string;
  limit: number;
}

/** Reads `max_id`/`since_id`/`min_id`/`limit`, clamping the limit like Mastodon (default, max). */
export function pageQuery(params: Params, defaultLimit: number, maxLimit: number): PageQuery {
  const requested = int(params, 'limit');
  const limit = requested === undefined || requested <= 0 ? defaultLimit : Math.min(requested, maxLimit);
  const query: PageQuery = { limit };
  const maxId = str(params, 'max_id');
  const sinceId = str(params, 'since_id');
  const minId = str(params, 'min_id');
  if (maxId) query.maxId = maxId;
  if (sinceId) query.sinceId = sinceId;
  if (minId) query.minId = minId;
  return query;
}

function firstAbove<T>(items: readonly T[], key: (item: T) => string, id: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareIds(key(items[mid] as T), id) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One page, newest first, from `items` sorted ascending by `key`. `min_id` pages
 * forward from the given id (the page just after it), `since_id` and `max_id`
 * page backward from the newest, exactly as Mastodon's `paginate_by_id` does.
 */
export function paginate<T>(items: readonly T[], key: (item: T) => string, q: PageQuery, keep: (item: T) => boolean = () => true): T[] {
  const out: T[] = [];
  if (q.minId !== undefined) {
    for (let i = firstAbove(items, key, q.minId); i < items.length && out.length < q.limit; i++) {
      const item = items[i] as T;
      if (q.maxId !== undefined && compareIds(key(item), q.maxId) >= 0) break;
      if (keep(item)) out.push(item);
    }
    return out.reverse();
  }
  let i = q.maxId === undefined ? items.length - 1 : firstAbove(items, key, q.maxId) - 1;
  if (q.maxId !== undefined && i >= 0 && key(items[i] as T) === q.maxId) i--;
  for (; i >= 0 && out.length < q.limit; i--) {
    const item = items[i] as T;
    if (q.sinceId !== undefined && compareIds(key(item), q.sinceId) <= 0) break;
    if (keep(item)) out.push(item);
  }
  return out;
}

/**
 * Mastodon's `Link` header: `next` (older, `max_id`) when the page was full,
 * `prev` (newer, `min_id`) when it was not empty. Other query parameters are kept.
 */
export function linkHeader(origin: string, path: string, query: Record<string, unknown>, page: { first?: string; last?: string; full: boolean }): string | undefined {
  const base = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'max_id' || key === 'min_id' || key === 'since_id') continue;
    for (const v of Array.isArray(value) ? value : [value]) base.append(key, String(v));
  }
  const link = (key: string, id: string): string => {
    const params = new URLSearchParams(base);
    params.set(key, id);
    return `${origin}${path}?${params.toString().replace(/%5B%5D/g, '[]')}`;
  };
  const parts: string[] = [];
  if (page.full && page.last !== undefined) parts.push(`<${link('max_id', page.last)}>; rel="next"`);
  if (page.first !== undefined) parts.push(`<${link('min_id', page.first)}>; rel="prev"`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
