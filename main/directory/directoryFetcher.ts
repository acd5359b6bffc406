/** What asking the server for one page of the directory gave. */
export type DirectoryPageResult<Person> =
  | { kind: 'page'; people: Person[] }
  /** The server said 429: ask again after `waitMs`. */
  | { kind: 'rateLimited'; waitMs: number }
  /** The server has no directory (404). */
  | { kind: 'missing' };

/** What {@link fetchWholeDirectory} needs; tests pass fakes, main passes the account's masto client. */
export interface DirectoryFetchDeps<Person extends { id: string }> {
  fetchPage(offset: number, limit: number): Promise<DirectoryPageResult<Person>>;
  /** Resolves after `ms` (a test's fake clock, or a timer). */
  sleep(ms: number): Promise<void>;
  onProgress(progress: { loaded: number; waitMs: number | null }): void;
  /** Mastodon's page size for the directory is 80 at most. */
  pageSize?: number;
  /** Requests in flight at once: enough to be quick, few enough to stay polite. */
  concurrency?: number;
  /** Stop once this many people are in. */
  maxPeople: number;
  /** 429s in a row on one page before giving up. */
  maxWaitsPerPage?: number;
}

/** The whole directory, or `null` when the server has none. `complete` is false when `maxPeople` cut it short. */
export type WholeDirectory<Person> = { people: Person[]; complete: boolean } | null;

/**
 * Walks the directory page by page (by `offset`) with a few requests in flight, until a short page
 * says the end is reached. A 429 pauses that request for as long as the server asked, and says so
 * through `onProgress`; a 404 on the first page means there is no directory. People are kept in
 * page order, each once.
 */
export async function fetchWholeDirectory<Person extends { id: string }>(deps: DirectoryFetchDeps<Person>): Promise<WholeDirectory<Person>> {
  const pageSize = deps.pageSize ?? 80;
  const concurrency = deps.concurrency ?? 3;
  const maxWaits = deps.maxWaitsPerPage ?? 5;
  const pages = new Map<number, Person[]>();
  let nextOffset = 0;
  // The offset of the first short page: nothing at or after it is asked for.
  let endOffset = Number.POSITIVE_INFINITY;
  let missing = false;
  let loaded = 0;

  const fetchOne = async (offset: number): Promise<void> => {
    for (let waits = 0; ; waits += 1) {
      const result = await deps.fetchPage(offset, pageSize);
      if (result.kind === 'missing') {
        if (offset === 0) missing = true;
        endOffset = Math.min(endOffset, offset);
        return;
      }
      if (result.kind === 'page') {
        pages.set(offset, result.people);
        loaded += result.people.length;
        if (result.people.length < pageSize) endOffset = Math.min(endOffset, offset);
        deps.onProgress({ loaded, waitMs: null });
        return;
      }
      if (waits >= maxWaits) throw new Error('The server kept asking Atrium to slow down.');
      deps.onProgress({ loaded, waitMs: result.waitMs });
      await deps.sleep(result.waitMs);
    }
  };
  const worker = async (): Promise<void> => {
    while (nextOffset < endOffset && nextOffset < deps.maxPeople && !missing) {
      const offset = nextOffset;
      nextOffset += pageSize;
      await fetchOne(offset);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (missing) return null;

  const seen = new Set<string>();
  const people: Person[] = [];
  for (const offset of [...pages.keys()].sort((a, b) => a - b)) {
    if (offset > endOffset) continue;
    for (const person of pages.get(offset) ?? []) {
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      people.push(person);
    }
  }
  const complete = people.length < deps.maxPeople && nextOffset >= endOffset;
  return { people: people.slice(0, deps.maxPeople), complete };
}
