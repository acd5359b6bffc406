import { useEffect, useState } from 'react';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { noResults, readResults, SEARCH_DEBOUNCE_MS, searchRequest, type PaletteResults } from './paletteLogic';

/** Where a palette search stands, for the query it was made for. */
export interface PaletteSearch {
  /** `idle` when there is nothing to ask the server (an empty or one-letter query). */
  status: 'idle' | 'searching' | 'ready' | 'error';
  results: PaletteResults;
  error: string | null;
}

const idle: PaletteSearch = { status: 'idle', results: noResults, error: null };

/**
 * Searches people, hashtags and posts as the query settles (debounced), resolving pasted handles
 * and links on other servers. An answer for an older query is dropped; `retry` asks again.
 */
export function usePaletteSearch(accountId: string, query: string): PaletteSearch & { retry(): void } {
  const [state, setState] = useState<{ query: string; search: PaletteSearch }>({ query: '', search: idle });
  const [attempt, setAttempt] = useState(0);
  const request = searchRequest(query);
  const key = request ? JSON.stringify(request) : null;

  useEffect(() => {
    if (!key) return;
    let current = true;
    const timer = window.setTimeout(() => {
      setState({ query, search: { status: 'searching', results: noResults, error: null } });
      remoteClient(accountId)
        .v2.search.list(JSON.parse(key) as NonNullable<ReturnType<typeof searchRequest>>)
        .then(
          (page) => current && setState({ query, search: { status: 'ready', results: readResults(page.items), error: null } }),
          (error: unknown) => current && setState({ query, search: { status: 'error', results: noResults, error: errorText(error) } }),
        );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [accountId, key, query, attempt]);

  // Until the settled query has an answer, the results on screen are the last ones (or none).
  const search = !key ? idle : state.query === query ? state.search : { ...state.search, status: 'searching' as const };
  return { ...search, retry: () => setAttempt((count) => count + 1) };
}
