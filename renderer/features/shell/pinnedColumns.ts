/** A timeline kept as a column of its own beside the main one (Mastodon's advanced layout). */
export interface PinnedColumn {
  /** Stable across runs: `tag:<name>` or `list:<id>`. */
  key: string;
  source: { kind: 'tag'; tag: string } | { kind: 'list'; id: string };
  title: string;
}

/** More columns than this do not fit beside the main one on a laptop screen. */
export const MAX_PINNED_COLUMNS = 4;

/** The column for a hashtag or a list. */
export function columnFor(source: PinnedColumn['source'], title: string): PinnedColumn {
  return { key: source.kind === 'tag' ? `tag:${source.tag.toLowerCase()}` : `list:${source.id}`, source, title };
}

/** Adds a column at the end, once; the oldest goes when there are too many. */
export function withPinned(columns: readonly PinnedColumn[], column: PinnedColumn): PinnedColumn[] {
  if (columns.some((existing) => existing.key === column.key)) return [...columns];
  return [...columns, column].slice(-MAX_PINNED_COLUMNS);
}

const storageKey = (accountId: string) => `atrium.columns.${accountId}`;

/** Reads an account's columns from the page's storage (layout is no secret); anything unreadable means none. */
export function loadPinnedColumns(storage: Pick<Storage, 'getItem'>, accountId: string): PinnedColumn[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(accountId)) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isPinnedColumn).slice(0, MAX_PINNED_COLUMNS);
  } catch {
    return [];
  }
}

/** Keeps an account's columns for the next start. */
export function savePinnedColumns(storage: Pick<Storage, 'setItem'>, accountId: string, columns: readonly PinnedColumn[]): void {
  storage.setItem(storageKey(accountId), JSON.stringify(columns));
}

function isPinnedColumn(value: unknown): value is PinnedColumn {
  if (typeof value !== 'object' || value === null) return false;
  const { key, source, title } = value as Record<string, unknown>;
  if (typeof key !== 'string' || typeof title !== 'string' || typeof source !== 'object' || source === null) return false;
  const { kind, tag, id } = source as Record<string, unknown>;
  return (kind === 'tag' && typeof tag === 'string') || (kind === 'list' && typeof id === 'string');
}
