/**
 * Finds what the person is typing at the caret that autocomplete can finish: an `@account`,
 * a `#hashtag` or a `:custom_emoji:`. Pure, so the rules are tested without a text field.
 */

/** What kind of thing is being typed. */
export type TokenKind = 'account' | 'hashtag' | 'emoji';

/** A token at the caret: its kind, what to search for, and where it sits in the text. */
export interface CaretToken {
  kind: TokenKind;
  /** The text after the sigil, up to the caret: what the suggestions are searched by. */
  query: string;
  /** Where the word starts (its sigil) and ends (the first space after the caret, or the end). */
  start: number;
  end: number;
}

const shapes: Record<TokenKind, { sigil: string; pattern: RegExp }> = {
  // `@ana`, or a remote `@ana@social.example` while the domain is being typed.
  account: { sigil: '@', pattern: /^[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*(?:@[\p{L}\p{N}.-]*)?$/u },
  hashtag: { sigil: '#', pattern: /^[\p{L}\p{N}_]+$/u },
  // Two characters at least, as Mastodon's own composer asks, so ":)" does not open a list.
  emoji: { sigil: ':', pattern: /^[a-zA-Z0-9_]{2,}$/ },
};

// A token starts a word, possibly behind an opening bracket or quote: "(@ana" still completes.
const openers = /[([{"'“‘«]/u;

/** The token the caret is in, or null when autocomplete has nothing to offer there. */
export function tokenAtCaret(text: string, caret: number): CaretToken | null {
  if (caret < 1 || caret > text.length) return null;
  // Back from the caret to the word's start: a scan of the whole text before it (a regex anchored at its end)
  // cost a fraction of a millisecond on every key in a long post.
  let start = caret;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start -= 1;
  if (start === caret) return null;
  while (start < caret && openers.test(text[start] ?? '')) start += 1;
  const sigil = text[start];
  const kind = (Object.keys(shapes) as TokenKind[]).find((candidate) => shapes[candidate].sigil === sigil);
  if (!kind) return null;
  const query = text.slice(start + 1, caret);
  if (query.length === 0 || !shapes[kind].pattern.test(query)) return null;
  const after = text.slice(caret).search(/\s/u);
  return { kind, query, start, end: after < 0 ? text.length : caret + after };
}

/** The text with the token replaced by the chosen suggestion and a space, and where the caret goes. */
export function acceptToken(text: string, token: CaretToken, replacement: string): { text: string; caret: number } {
  const rest = text.slice(token.end);
  const spacer = rest.startsWith(' ') ? '' : ' ';
  const next = `${text.slice(0, token.start)}${replacement}${spacer}${rest}`;
  return { text: next, caret: token.start + replacement.length + 1 };
}
