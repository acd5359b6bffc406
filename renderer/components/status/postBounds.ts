/**
 * What one post may cost to draw. A hostile server can send a post of any size: 5,000 nested spans
 * blocked the page for 22 s and a 200,000-character word for 43 s (and drew 86,000 px tall). These
 * limits are applied to the HTML before React sees it; no real post comes near them.
 */
export const postBounds = {
  /** Raw HTML beyond this is cut before it is parsed at all: parsing time grows with it. */
  maxHtml: 100_000,
  /** Characters of text kept after sanitizing; the rest is cut and the post says so. */
  maxText: 5_000,
  /** A post with more text than this starts collapsed behind "Show more". */
  collapseText: 1_000,
  /** A post whose tags nest deeper than this starts collapsed behind "Show more". */
  collapseDepth: 10,
} as const;

/** A post's HTML once bounded and sanitized, with what decides whether it starts collapsed. */
export interface BoundedPost {
  html: string;
  /** Characters of text kept. */
  length: number;
  /** How deep its tags nested, before deeper ones were dropped. */
  depth: number;
  /** True when text was cut off. */
  cut: boolean;
}

/** True when a post should start collapsed: long, deeply nested, or cut. */
export const startsCollapsed = (post: Pick<BoundedPost, 'length' | 'depth' | 'cut'>): boolean =>
  post.cut || post.length > postBounds.collapseText || post.depth > postBounds.collapseDepth;

/**
 * One line of server text (a preview card's title or description) cut to `max` characters: it is
 * shown on one line anyway, and laying out a 200,000-character line costs seconds.
 */
export const oneLine = (text: string, max = 300): string => (text.length > max ? `${text.slice(0, max)}…` : text);
