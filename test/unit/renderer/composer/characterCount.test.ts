import { describe, expect, it } from 'vitest';
import { charactersLeft, countableText, graphemeLength, postLength } from '../../../../renderer/features/composer/characterCount';

const rules = { maxCharacters: 500, charactersReservedPerUrl: 23 };

// Vectors after Mastodon's own status length validator and its spec: a link counts as 23 where
// Mastodon links it, a remote mention as its local part, and the server counts grapheme clusters.
describe('the character count', () => {
  it('counts a link as 23 characters, however long', () => {
    const text = `${'a'.repeat(476)} http://${'b'.repeat(30)}.com/example`;
    expect(postLength(text, '', rules)).toBe(500);
    expect(charactersLeft(text, '', rules)).toBe(0);
    expect(postLength('https://example.org/a/very/long/path?with=query&and=more#fragment', '', rules)).toBe(23);
  });

  it('counts a link glued to a word as plain text, as Mastodon does not link it', () => {
    const text = `${'a'.repeat(476)}http://${'b'.repeat(30)}.com/example`;
    expect(postLength(text, '', rules)).toBe(476 + 7 + 30 + 12);
    expect(charactersLeft(text, '', rules)).toBeLessThan(0);
  });

  it('leaves sentence punctuation after a link outside it', () => {
    expect(countableText('see https://example.org/page.', 23)).toBe(`see ${'x'.repeat(23)}.`);
    expect(countableText('(https://example.org/a)', 23)).toBe(`(${'x'.repeat(23)})`);
    expect(countableText('https://en.wikipedia.org/wiki/Foo_(bar)', 23)).toBe('x'.repeat(23));
  });

  it('does not count text that only looks like a link', () => {
    expect(postLength('http://', '', rules)).toBe(7);
    expect(postLength('ftp://example.org', '', rules)).toBe(17);
  });

  it('uses the instance’s own link length', () => {
    expect(postLength('https://example.org', '', { maxCharacters: 500, charactersReservedPerUrl: 30 })).toBe(30);
  });

  it('counts only the user part of a remote mention', () => {
    const text = `${'a'.repeat(475)} @alice@${'b'.repeat(30)}.com`;
    expect(postLength(text, '', rules)).toBe(475 + 1 + 6);
    expect(postLength('@alice@social.example hello', '', rules)).toBe('@alice hello'.length);
    expect(postLength('@alice hi', '', rules)).toBe(9);
  });

  it('leaves an e-mail address whole', () => {
    expect(postLength('mail ana@example.org', '', rules)).toBe(20);
  });

  it('counts an emoji sequence joined with zero-width joiners as one', () => {
    expect(graphemeLength('👨‍👩‍👧‍👦')).toBe(1);
    expect(graphemeLength('🏳️‍🌈')).toBe(1);
    expect(graphemeLength('👍🏽')).toBe(1);
    expect(graphemeLength('🇪🇸🇫🇷')).toBe(2);
  });

  it('counts as the segmenter does, with or without the shortcut for text that cannot join', () => {
    const segmented = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
    const samples = [
      'Town hall at 15:00 — notes at https://wiki.example',
      'line one\r\nline two',
      '한국어 \u1100\u1161\u11A8 ok',
      'กำ ລຳ',
      'ﾊﾟﾝ',
      '\u0D4E\u0D15 x',
      'a\u200Db\u200Cc',
      '«¿Qué tal?» — ¡bien! 1 000 €',
      '❤️ 👍🏽 🇪🇸',
    ];
    for (const text of samples) expect(graphemeLength(text), text).toBe(segmented(text));
  });

  it('counts a letter with combining marks as one', () => {
    expect(graphemeLength('e\u0301')).toBe(1);
    expect(graphemeLength('Z\u0351\u036b\u0343\u036a\u0302')).toBe(1);
    expect(graphemeLength('ñandú')).toBe(5);
  });

  it('counts each CJK character as one', () => {
    expect(postLength('日本語のテキスト', '', rules)).toBe(8);
    expect(postLength('한국어', '', rules)).toBe(3);
  });

  it('adds the content warning to the text', () => {
    expect(postLength('body', 'warning', rules)).toBe(11);
    expect(charactersLeft('a'.repeat(495), 'cw', rules)).toBe(3);
  });
});
