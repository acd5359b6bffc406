import { describe, expect, it } from 'vitest';
import { acceptToken, tokenAtCaret } from '../../../../renderer/features/composer/caretToken';

/** The token with the caret where `|` is written. */
const at = (marked: string) => tokenAtCaret(marked.replace('|', ''), marked.indexOf('|'));

describe('the token at the caret', () => {
  it('finds an account being typed', () => {
    expect(at('hello @an|')).toEqual({ kind: 'account', query: 'an', start: 6, end: 9 });
    expect(at('@ana|')).toEqual({ kind: 'account', query: 'ana', start: 0, end: 4 });
  });

  it('keeps a remote domain being typed as part of the account', () => {
    expect(at('cc @ana@social.ex|')).toMatchObject({ kind: 'account', query: 'ana@social.ex' });
    expect(at('cc @ana@|')).toMatchObject({ kind: 'account', query: 'ana@' });
  });

  it('finds a hashtag, in any script', () => {
    expect(at('news #allha|')).toMatchObject({ kind: 'hashtag', query: 'allha', start: 5 });
    expect(at('#café|')).toMatchObject({ kind: 'hashtag', query: 'café' });
    expect(at('#日本|')).toMatchObject({ kind: 'hashtag', query: '日本' });
  });

  it('finds a custom emoji from two characters on', () => {
    expect(at('great :pa|')).toMatchObject({ kind: 'emoji', query: 'pa', start: 6 });
    expect(at('great :p|')).toBeNull();
    expect(at('smile :)|')).toBeNull();
  });

  it('reaches the end of the word when the caret is inside it', () => {
    expect(at('hi @an|a there')).toEqual({ kind: 'account', query: 'an', start: 3, end: 7 });
  });

  it('completes behind an opening bracket or quote', () => {
    expect(at('(@an|')).toMatchObject({ kind: 'account', start: 1 });
    expect(at('"#to|')).toMatchObject({ kind: 'hashtag', start: 1 });
  });

  it('ignores a sigil inside a word, a bare sigil, links and finished words', () => {
    expect(at('mail ana@exa|')).toBeNull();
    expect(at('hello @|')).toBeNull();
    expect(at('https://example.org/#anch|')).toBeNull();
    expect(at('time 10:30|')).toBeNull();
    expect(at('hello @ana |')).toBeNull();
    expect(at('|@ana')).toBeNull();
    expect(at('#hello-wor|')).toBeNull();
  });

  it('replaces the whole word with the suggestion and a space, caret after it', () => {
    const text = 'hi @an there';
    const token = tokenAtCaret(text, 6)!;
    expect(acceptToken(text, token, '@ana@social.example')).toEqual({ text: 'hi @ana@social.example there', caret: 23 });
    const end = tokenAtCaret('go #allh', 8)!;
    expect(acceptToken('go #allh', end, '#allhands')).toEqual({ text: 'go #allhands ', caret: 13 });
  });
});
