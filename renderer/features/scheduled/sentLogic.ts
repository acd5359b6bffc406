import { toCsv } from './csv';

/** One post in the Sent view, with the counts comms staff report on. */
export interface SentRow {
  id: string;
  createdAt: number;
  text: string;
  url: string;
  replies: number;
  boosts: number;
  favourites: number;
}

/** The columns the Sent view sorts by. */
export type SentSortKey = 'createdAt' | 'replies' | 'boosts' | 'favourites';

/** How far back the Sent view looks. */
export const SENT_WINDOW_MS = 30 * 86_400_000;

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);

/**
 * Reads one of the account's own posts as a row; null for a boost (not the account's words) or
 * anything that is not a post. `toText` turns the post's HTML into plain text.
 */
export function sentRow(raw: unknown, toText: (html: string) => string): SentRow | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const status = raw as Record<string, unknown>;
  const createdAt = Date.parse(typeof status['createdAt'] === 'string' ? status['createdAt'] : '');
  if (typeof status['id'] !== 'string' || !Number.isFinite(createdAt) || status['reblog']) return null;
  const warning = typeof status['spoilerText'] === 'string' ? status['spoilerText'] : '';
  const text = toText(typeof status['content'] === 'string' ? status['content'] : '');
  return {
    id: status['id'],
    createdAt,
    text: warning ? `${warning} — ${text}` : text,
    url: typeof status['url'] === 'string' ? status['url'] : typeof status['uri'] === 'string' ? status['uri'] : '',
    replies: count(status['repliesCount']),
    boosts: count(status['reblogsCount']),
    favourites: count(status['favouritesCount']),
  };
}

/** Rows sorted by one column, most first (or fewest/oldest first); ties newest first. */
export function sortSent(rows: readonly SentRow[], key: SentSortKey, descending: boolean): SentRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * (a[key] - b[key]) || b.createdAt - a.createdAt);
}

/** The report as CSV: date (UTC, ISO), text, link and the three counts. */
export function sentCsv(rows: readonly SentRow[], header: readonly string[]): string {
  return toCsv(
    header,
    rows.map((row) => [new Date(row.createdAt).toISOString(), row.text, row.url, row.replies, row.boosts, row.favourites]),
  );
}
