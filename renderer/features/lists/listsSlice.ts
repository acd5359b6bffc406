import type { mastodon } from 'masto';
import type { StateCreator } from 'zustand';
import { BridgeError } from '../../bridge/bridge';
import { remoteClient, type RemoteClient } from '../../bridge/remoteClient';
import type { AtriumState } from '../../store/store';
import { errorText } from '../../bridge/errorText';

/**
 * One half of the Lists view. `unsupported` is for servers that do not have the endpoint
 * at all (followed hashtags on older Mastodon or GoToSocial answer 404): not an error to retry.
 */
export interface Collection<Item> {
  items: Item[];
  status: 'loading' | 'ready' | 'error' | 'unsupported';
  error: string | null;
}

/** An account's lists and followed hashtags, each loaded and failing on its own. */
export interface ListsState {
  lists: Collection<mastodon.v1.List>;
  tags: Collection<mastodon.v1.Tag>;
}

/** Lists and followed hashtags per account. */
export interface ListsSlice {
  listCollections: Record<string, ListsState>;
  /** Fetches both; what was shown before stays while they reload. */
  loadLists(accountId: string): Promise<void>;
}

/** Mastodon's most followed hashtags per page. */
const TAGS_PAGE_LIMIT = 200;
/** Pages of followed hashtags fetched at most; a thousand is more than anyone browses in a rail view. */
const TAGS_MAX_PAGES = 5;

/** Every followed hashtag, following the `Link` header's next page a few times. */
async function fetchFollowedTags(client: RemoteClient): Promise<mastodon.v1.Tag[]> {
  const tags: mastodon.v1.Tag[] = [];
  let query: Record<string, string> | undefined = {};
  for (let page = 0; page < TAGS_MAX_PAGES && query; page += 1) {
    const result = await client.v1.followedTags.list({ limit: TAGS_PAGE_LIMIT, ...query });
    tags.push(...result.items);
    query = result.items.length > 0 ? result.next : undefined;
  }
  return tags;
}

const byTitle = (a: mastodon.v1.List, b: mastodon.v1.List) => a.title.localeCompare(b.title);
const byName = (a: mastodon.v1.Tag, b: mastodon.v1.Tag) => a.name.localeCompare(b.name);

/** The settled outcome of one half as a collection; a 404 means the server has no such feature. */
function settle<Item>(outcome: PromiseSettledResult<Item[]>, order: (a: Item, b: Item) => number, previous: Item[]): Collection<Item> {
  if (outcome.status === 'fulfilled') return { items: [...outcome.value].sort(order), status: 'ready', error: null };
  if (outcome.reason instanceof BridgeError && outcome.reason.code === 'not_found') return { items: [], status: 'unsupported', error: null };
  return { items: previous, status: 'error', error: errorText(outcome.reason) };
}

export const createListsSlice: StateCreator<AtriumState, [], [], ListsSlice> = (set, get) => ({
  listCollections: {},
  loadLists: async (accountId) => {
    const previous = get().listCollections[accountId];
    const lists = previous?.lists.items ?? [];
    const tags = previous?.tags.items ?? [];
    const put = (state: ListsState) => set((current) => ({ listCollections: { ...current.listCollections, [accountId]: state } }));
    put({ lists: { items: lists, status: 'loading', error: null }, tags: { items: tags, status: 'loading', error: null } });
    const client = remoteClient(accountId);
    const [listsOutcome, tagsOutcome] = await Promise.allSettled([client.v1.lists.list().then((page) => page.items), fetchFollowedTags(client)]);
    put({ lists: settle(listsOutcome, byTitle, lists), tags: settle(tagsOutcome, byName, tags) });
  },
});
