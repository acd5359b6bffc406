import type { Locator } from 'playwright-core';

/** The scrolling element around a feed (the virtualized list scrolls its parent). */
export const scrollerOf = (feed: Locator): Locator => feed.locator('xpath=..');

/** Scrolls a feed to its end once, letting the next page load. */
export async function scrollToEnd(feed: Locator): Promise<void> {
  await scrollerOf(feed).evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
}
