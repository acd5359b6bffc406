import { create } from 'zustand';
import type { DirectoryProgress, DirectorySnapshot } from '../../../shared/directory';
import { call, onBridgeEvent } from '../../bridge/bridge';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { DirectoryIndex, type DirectoryQuery, type DirectorySort } from './directoryIndex';
import { fetchRelationshipsInBatches, type FollowState } from './relationships';

/** A directory kept longer than this is refreshed behind the one shown. */
export const DIRECTORY_STALE_MS = 60 * 60_000;

/** The team page open in the directory: everyone with one facet value. */
export interface TeamPage {
  facetKey: string;
  valueKey: string;
}

/** The directory of the active account, what the person asked of it, and whom they follow. */
export interface DirectoryState {
  accountId: string | null;
  /** `unavailable`: the server has no directory (account search instead). */
  status: 'idle' | 'loading' | 'ready' | 'unavailable' | 'error';
  index: DirectoryIndex | null;
  fetchedAt: string | null;
  /** False when the organization is larger than Atrium keeps. */
  complete: boolean;
  /** A refresh is running (the list shown may be the one kept on the device). */
  refreshing: boolean;
  progress: DirectoryProgress | null;
  error: string | null;
  query: DirectoryQuery;
  team: TeamPage | null;
  relationships: Readonly<Record<string, FollowState>>;
  /** When the directory was opened: "new" and "new arrivals" count from here. */
  openedAt: number;

  /** Shows the directory kept on the device at once, and fetches it afresh if missing or stale. */
  open(accountId: string): Promise<void>;
  /** Fetches the whole directory again (also the Retry after an error). */
  refresh(accountId: string): Promise<void>;
  setText(text: string): void;
  /** Sets or (with null) clears a facet filter. */
  setFilter(facetKey: string, valueKey: string | null): void;
  setSort(sort: DirectorySort): void;
  openTeam(team: TeamPage | null): void;
  /** Learns the relationships of the given people that are not known yet, in batches. */
  loadRelationships(ids: readonly string[]): Promise<void>;
  setRelationship(id: string, state: FollowState): void;
}

const initialQuery: DirectoryQuery = { text: '', filters: {}, sort: 'match' };
const blank = {
  accountId: null,
  status: 'idle' as const,
  index: null,
  fetchedAt: null,
  complete: true,
  refreshing: false,
  progress: null,
  error: null,
  query: initialQuery,
  team: null,
  relationships: {},
  openedAt: 0,
};

// Relationships asked for and not answered yet, so scrolling back and forth does not ask twice.
const pending = new Set<string>();
let stopListening: (() => void) | null = null;

/**
 * The directory's own store, loaded with the directory view (not part of the first bundle).
 * Everything in it belongs to one account: opening another account's directory starts afresh.
 */
export const useDirectory = create<DirectoryState>()((set, get) => {
  // What the index was built from: a refresh that brings the same people keeps it (building it takes a moment).
  let builtFrom = '';
  const apply = async (accountId: string, snapshot: DirectorySnapshot) => {
    if (get().accountId !== accountId) return;
    if (!snapshot.available) return set({ status: 'unavailable', index: null, fetchedAt: snapshot.fetchedAt });
    const people = JSON.stringify(snapshot.people);
    const kept = people === builtFrom ? get().index : null;
    // Built in slices: thousands of people would otherwise hold the page for a second.
    const index = kept ?? (await DirectoryIndex.build(snapshot.people));
    // Another account's directory may have been opened while this one was being built.
    if (get().accountId !== accountId) return;
    builtFrom = people;
    set({ status: 'ready', index, fetchedAt: snapshot.fetchedAt, complete: snapshot.complete, error: null });
  };
  return {
    ...blank,
    open: async (accountId) => {
      // One listener at a time, bound to the bridge as it is now.
      stopListening?.();
      stopListening = onBridgeEvent('directoryProgress', (progress) => {
        if (progress.accountId === get().accountId) set({ progress });
      });
      if (get().accountId !== accountId) {
        pending.clear();
        set({ ...blank, accountId, status: 'loading' });
      }
      set({ openedAt: Date.now() });
      try {
        const kept = get().index ? null : await call('readDirectory', { accountId });
        if (kept) await apply(accountId, kept);
      } catch {
        // The copy on the device is only a head start; the refresh below is what counts.
      }
      const fetchedAt = get().fetchedAt;
      if (!fetchedAt || Date.now() - Date.parse(fetchedAt) > DIRECTORY_STALE_MS) await get().refresh(accountId);
    },
    refresh: async (accountId) => {
      if (get().refreshing) return;
      set({ refreshing: true, error: null, progress: null, ...(get().status === 'error' ? { status: 'loading' as const } : {}) });
      try {
        await apply(accountId, await call('refreshDirectory', { accountId }));
      } catch (error) {
        if (get().accountId !== accountId) return;
        // With a kept copy on screen the failure is a notice; without one it is the whole view.
        set({ error: errorText(error), ...(get().index ? {} : { status: 'error' as const }) });
      } finally {
        if (get().accountId === accountId) set({ refreshing: false });
      }
    },
    setText: (text) => set((state) => ({ query: { ...state.query, text } })),
    setFilter: (facetKey, valueKey) =>
      set((state) => {
        const filters = { ...state.query.filters };
        if (valueKey === null) delete filters[facetKey];
        else filters[facetKey] = valueKey;
        return { query: { ...state.query, filters } };
      }),
    setSort: (sort) => set((state) => ({ query: { ...state.query, sort } })),
    openTeam: (team) => set({ team }),
    loadRelationships: async (ids) => {
      const { accountId, relationships } = get();
      const wanted = ids.filter((id) => !(id in relationships) && !pending.has(id));
      if (!accountId || wanted.length === 0) return;
      for (const id of wanted) pending.add(id);
      try {
        const found = await fetchRelationshipsInBatches(wanted, (batch) => remoteClient(accountId).v1.accounts.relationships.fetch({ id: batch }));
        if (get().accountId === accountId) set((state) => ({ relationships: { ...state.relationships, ...Object.fromEntries(found) } }));
      } catch {
        // The Follow buttons wait for a later try (the next scroll); nothing is shown wrongly meanwhile.
      } finally {
        for (const id of wanted) pending.delete(id);
      }
    },
    setRelationship: (id, state) => set((current) => ({ relationships: { ...current.relationships, [id]: state } })),
  };
});

// A selector must give the same array for the same state, or React renders forever.
const none: string[] = [];
let lastResults: { index: DirectoryIndex; query: DirectoryQuery; ids: string[] } | null = null;

/** The people matching a query, as ids; asked again with the same index and query, the same array. */
export function resultsFor(index: DirectoryIndex | null, query: DirectoryQuery): string[] {
  if (!index) return none;
  if (lastResults?.index !== index || lastResults.query !== query) lastResults = { index, query, ids: index.query(query) };
  return lastResults.ids;
}
