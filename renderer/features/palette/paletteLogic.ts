import type { mastodon } from 'masto';

/** What a query in the palette looks like, which decides how the server is asked. */
export type QueryKind = 'empty' | 'handle' | 'url' | 'hashtag' | 'text';

/** The parameters of one `/api/v2/search` call for a query. */
export interface SearchRequest {
  q: string;
  /** Ask the server to fetch a remote account or post it does not know yet (a pasted handle or link). */
  resolve: boolean;
  limit: number;
  /** Only hashtags for `#tag`, so the answer is quick and to the point. */
  type?: 'hashtags';
}

/** Results per kind: enough to choose from in a palette, few enough to scan. */
export const RESULTS_PER_KIND = 6;
/** The server is asked at most this often while typing. */
export const SEARCH_DEBOUNCE_MS = 250;

const handlePattern = /^@?[\w.-]+@[\w-]+(?:\.[\w-]+)+$/;

/** Sorts a query: a full `@user@domain`, a web address, a `#hashtag`, plain words, or nothing. */
export function classifyQuery(query: string): QueryKind {
  const trimmed = query.trim();
  if (trimmed === '') return 'empty';
  if (handlePattern.test(trimmed)) return 'handle';
  if (/^https?:\/\/\S+$/i.test(trimmed)) return isWebAddress(trimmed) ? 'url' : 'text';
  if (/^#[\p{L}\p{N}_]+$/u.test(trimmed)) return 'hashtag';
  return 'text';
}

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** How to ask the server about a query, or null when there is nothing to ask (empty, or one letter). */
export function searchRequest(query: string): SearchRequest | null {
  const kind = classifyQuery(query);
  const q = query.trim();
  if (kind === 'empty' || (kind === 'text' && [...q].length < 2)) return null;
  if (kind === 'hashtag') return { q, resolve: false, limit: RESULTS_PER_KIND, type: 'hashtags' };
  // Only an exact handle or address is worth a lookup on another server: it is slow, and Mastodon refuses it for plain words.
  return { q, resolve: kind === 'handle' || kind === 'url', limit: RESULTS_PER_KIND };
}

/** A thing the palette can do without the server: go to a view, switch account. */
export interface PaletteCommand {
  id: string;
  label: string;
  /** Other words it answers to (the view's English and local names, the account's handle). */
  keywords: readonly string[];
  run(): void;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Commands whose label or keywords contain every word of the query (case and accents ignored); all of them for an empty query. */
export function matchCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  return commands.filter((command) => {
    const haystack = fold([command.label, ...command.keywords].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** What the server found, each kind kept to a palette's length and cleared of entries a view could not draw. */
export interface PaletteResults {
  accounts: mastodon.v1.Account[];
  hashtags: mastodon.v1.Tag[];
  statuses: mastodon.v1.Status[];
}

export const noResults: PaletteResults = { accounts: [], hashtags: [], statuses: [] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads a search answer defensively: a malformed server answer gives fewer results, never a crash. */
export function readResults(answer: unknown): PaletteResults {
  if (!isObject(answer)) return noResults;
  const list = (key: string) => (Array.isArray(answer[key]) ? (answer[key] as unknown[]) : []);
  return {
    accounts: list('accounts')
      .filter((account): account is mastodon.v1.Account => isObject(account) && typeof account['id'] === 'string' && typeof account['acct'] === 'string')
      .slice(0, RESULTS_PER_KIND),
    hashtags: list('hashtags')
      .filter((tag): tag is mastodon.v1.Tag => isObject(tag) && typeof tag['name'] === 'string' && tag['name'] !== '')
      .slice(0, RESULTS_PER_KIND),
    statuses: list('statuses')
      .filter((status): status is mastodon.v1.Status => isObject(status) && typeof status['id'] === 'string' && typeof status['content'] === 'string' && isObject(status['account']))
      .slice(0, RESULTS_PER_KIND),
  };
}

/** Kept here too for the palette's callers; it lives in components so light views can use it. */
export { plainExcerpt } from '../../components/status/plainExcerpt';
