/**
 * Counts a post's length the way the Mastodon server does before it accepts it:
 * the content warning and the text together, in grapheme clusters (a family emoji
 * or a letter with combining accents is one), every link counted as a fixed number of
 * characters, and a remote mention `@user@domain` counted as `@user`.
 */

/** The instance's rules for a post's length (`configuration.statuses` of `/api/v2/instance`). */
export interface LengthRules {
  maxCharacters: number;
  /** What every link counts as, however long it is. */
  charactersReservedPerUrl: number;
}

/** Mastodon's own defaults, for a server that does not say. */
export const defaultLengthRules: LengthRules = { maxCharacters: 500, charactersReservedPerUrl: 23 };

// A link only counts as a link where Mastodon would make it one: after the start or a character
// that cannot be part of a word, a mention or a hashtag ("xhttp://…" is plain text).
const linkPattern = /(^|[^\p{L}\p{N}_@#$/])(https?:\/\/(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(?::\d{1,5})?(?:[/?#][^\s<>"]*)?)/giu;
// A mention, local or remote: only the part before the domain counts.
const mentionPattern = /(^|[^/\p{L}\p{N}_])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)@[\p{L}\p{N}_.-]+[\p{L}\p{N}_]/giu;
// Punctuation that ends a sentence, not a link.
const trailingPunctuation = /[.,:;!?'"]+$/u;

let segmenter: Intl.Segmenter | undefined;

// What can join a neighbour into one grapheme cluster: CR (before LF), marks, format characters (ZWJ, ZWNJ,
// prepended signs), Hangul jamo, the few letters that extend or prepend (Thai and Lao AM, Malayalam dot reph,
// halfwidth sound marks), and anything beyond the BMP (emoji, their modifiers, flags, tags). Text without
// any of them has one cluster per UTF-16 unit.
const mayJoin = /[\r\p{M}\p{Cf}\u0E33\u0EB3\u0D4E\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF9E\uFF9F]|[^\0-\uFFFF]/u;

/** The number of user-perceived characters (grapheme clusters) in `text`. */
export function graphemeLength(text: string): number {
  // Counted on every key: segmenting a long post costs far more than this test, and most text needs no segmenting.
  if (!mayJoin.test(text)) return text.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _segment of segmenter.segment(text)) count += 1;
  return count;
}

/** A closing parenthesis belongs to a link only when the link opened one (Wikipedia's `Foo_(bar)`). */
function trimLink(link: string): string {
  let trimmed = link.replace(trailingPunctuation, '');
  while (trimmed.endsWith(')') && (trimmed.match(/\(/g)?.length ?? 0) < (trimmed.match(/\)/g)?.length ?? 0)) {
    trimmed = trimmed.slice(0, -1).replace(trailingPunctuation, '');
  }
  return trimmed;
}

/** The text as the server measures it: links replaced by a placeholder of fixed length, remote domains dropped. */
export function countableText(text: string, charactersReservedPerUrl: number): string {
  const placeholder = 'x'.repeat(charactersReservedPerUrl);
  return text
    .replace(linkPattern, (_match, before: string, link: string) => {
      const kept = trimLink(link);
      return `${before}${placeholder}${link.slice(kept.length)}`;
    })
    .replace(mentionPattern, (_match, before: string, user: string) => `${before}@${user}`);
}

/** How many characters the content warning and text count as together. */
export function postLength(text: string, spoilerText: string, rules: LengthRules): number {
  return graphemeLength(spoilerText) + graphemeLength(countableText(text, rules.charactersReservedPerUrl));
}

let lastCount: { text: string; spoilerText: string; rules: LengthRules; left: number } | undefined;

/** How many characters are left (negative when over). */
export function charactersLeft(text: string, spoilerText: string, rules: LengthRules): number {
  // Asked several times for each key (the store's subscribers, React's checks of its snapshot), always about the
  // same text: the last answer is kept rather than a long post measured again.
  if (lastCount?.text === text && lastCount.spoilerText === spoilerText && lastCount.rules === rules) return lastCount.left;
  const left = rules.maxCharacters - postLength(text, spoilerText, rules);
  lastCount = { text, spoilerText, rules, left };
  return left;
}
