import { HANDLE_DOMAIN } from './compose';

/** Every link counts as this many characters, whatever its length (`characters_reserved_per_url`). */
export const CHARACTERS_PER_URL = 23;

const URL = /https?:\/\/[^\s<>"]+/g;
const REMOTE_MENTION = new RegExp(String.raw`@([a-zA-Z0-9_]+)@${HANDLE_DOMAIN}`, 'g');
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A status's length by Mastodon's rules (StatusLengthValidator): the content warning and the text
 * together, every URL as 23 characters, `@user@domain` as `@user`, counted in grapheme clusters
 * (a family emoji or a letter with combining marks is one).
 */
export function countableLength(text: string, spoilerText = ''): number {
  const countable = text.replace(URL, 'x'.repeat(CHARACTERS_PER_URL)).replace(REMOTE_MENTION, '@$1');
  let count = 0;
  for (const _ of graphemes.segment(spoilerText + countable)) count += 1;
  return count;
}
