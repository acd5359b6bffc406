/** What the Follow buttons need to know about the signed-in account and another. */
export interface FollowState {
  following: boolean;
  requested: boolean;
}

/** Mastodon answers relationships for up to this many accounts per request. */
export const RELATIONSHIP_BATCH = 40;

/**
 * Asks for the relationships of many accounts in batches of {@link RELATIONSHIP_BATCH} ids
 * (one request after another, to stay polite), skipping duplicates. A batch that fails fails the
 * whole call: the caller keeps what it knew and asks again later.
 */
export async function fetchRelationshipsInBatches(
  ids: readonly string[],
  fetchBatch: (ids: string[]) => Promise<readonly ({ id: string } & Partial<FollowState>)[]>,
  batchSize = RELATIONSHIP_BATCH,
): Promise<Map<string, FollowState>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, FollowState>();
  for (let start = 0; start < unique.length; start += batchSize) {
    const answer = await fetchBatch(unique.slice(start, start + batchSize));
    for (const relationship of Array.isArray(answer) ? answer : []) {
      if (typeof relationship?.id !== 'string') continue;
      found.set(relationship.id, { following: Boolean(relationship.following), requested: Boolean(relationship.requested) });
    }
  }
  return found;
}
