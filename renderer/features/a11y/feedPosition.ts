/** A post's place in a feed for `aria-posinset` / `aria-setsize`. */
export interface FeedPosition {
  posInSet: number;
  /** −1 while the feed's length is unknown (older pages or a gap not loaded), as WAI-ARIA asks. */
  setSize: number;
}

/**
 * Positions of the posts among a feed's rows (gaps are not posts): 1-based, and the set size
 * known only once the feed has no older page and no gap left to load.
 */
export function feedPositions(rows: ReadonlyArray<{ type: string; id?: string }>, complete: boolean): Map<string, FeedPosition> {
  const posts = rows.filter((row): row is { type: 'status'; id: string } => row.type === 'status' && typeof row.id === 'string');
  const known = complete && posts.length === rows.length;
  return new Map(posts.map((row, index) => [row.id, { posInSet: index + 1, setSize: known ? posts.length : -1 }]));
}
