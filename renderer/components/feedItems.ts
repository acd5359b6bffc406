/**
 * The rows of a feed that take focus and answer j/k: posts (`data-status-id`) and rows about a
 * person rather than a post, such as a follow notification (`data-account-id`).
 */
export const feedItemSelector = 'article[data-status-id], article[data-account-id]';

/**
 * The post or row beside `item` in its list, the next one else the one before: where focus goes
 * when `item` is about to leave (deleted), so the keyboard keeps its place.
 */
export function neighbourOf(item: HTMLElement): HTMLElement | null {
  const list = item.closest('[role="feed"], ol, ul') ?? item.ownerDocument.body;
  const items = [...list.querySelectorAll<HTMLElement>(feedItemSelector)].filter((candidate) => candidate === item || !item.contains(candidate));
  const index = items.indexOf(item);
  return index < 0 ? null : (items[index + 1] ?? items[index - 1] ?? null);
}
