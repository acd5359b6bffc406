import { canary } from './markup';

/** Right-to-left overrides and embeddings that could reverse the text around them. */
export const bidiOverrides: readonly string[] = [
  '\u202Eevil.exe\u202C is a fine file',
  'Invoice \u202Efdp.exe',
  '\u202Dforced left\u202C \u202Eforced right',
  '\u202Bembedded right with no end',
  '\u2067isolate with no end',
  '\u202E\u202E\u202E\u202E\u202E nested overrides',
  'אבג \u202Emixed\u202C דהו',
  'مرحبا \u202Eworld',
  'admin\u202E@\u202Ccomms',
  '\u200F\u200F\u200Fright marks then text',
];

/** Names that look like someone else's: Cyrillic and Greek letters, look-alike marks. */
export const homoglyphs: readonly string[] = [
  'Іnternal Сomms',
  'Internal Comms ✓ Official',
  'Соmpany Νews',
  'IT Ѕecurity Team',
  'Ρayroll',
  'ceo\u0430@northwind',
  'Colleague 👥 Colleague',
  'Internal Comms :atrium: (verified)',
];

/** Invisible characters that break search, fake spaces or glue words together. */
export const zeroWidth: readonly string[] = [
  'zero\u200Bwidth\u200Bspace',
  'joined\u200D\u200D\u200Dby\u200Djoiners',
  'non\u200Cjoiner',
  '\uFEFFbyte order mark',
  Array.from('wordjoiner').join('\u2060'),
  '@\u200Bcomms please reset your password',
  'soft\u00ADhyphen\u00ADeverywhere',
  '\u3164\u3164\u3164 Hangul filler name',
  'tag\u{E0041}\u{E0042}characters',
  '\u2800\u2800 braille blank',
];

/** Malformed HTML: unclosed, mismatched, stray, binary. */
export const malformed: readonly string[] = [
  '<p>unclosed <b>bold <i>italic <a href="https://example.org/">link',
  '<p>mismatched <b><i>one</b> two</i></p>',
  '</p></div></span></a>stray closing tags',
  '<<script>>alert(1)<</script>>',
  '<a href="https://example.org/ unterminated attribute',
  '<p <p <p broken open tags',
  'nul\u0000byte and \u0001\u0002 control',
  'lone surrogate \uD800 here',
  '<table><tr><td>cell outside a table body',
  '<!DOCTYPE html><html><head><title>t</title></head><body><p>a whole document</p></body></html>',
  '<p>&amp;amp; &lt;b&gt;escaped&lt;/b&gt; &#0; &#xD800; &#99999999; &unknown;</p>',
  `<p title='${canary}' data-x="<img src=x onerror=${canary}>">attributes with markup</p>`,
  '<p>' + '<br>'.repeat(2_000) + '</p>',
  '<ul>' + '<li>'.repeat(500) + 'list items never closed',
  '<a href="https://example.org/">' + '<a href="https://example.org/">'.repeat(200) + 'nested links',
];

/** What a real server never sends: posts and words far past any limit. */
export function hugeInputs(): string[] {
  const nested = (tag: string, depth: number, inner: string) => `<${tag}>`.repeat(depth) + inner + `</${tag}>`.repeat(depth);
  const sentence = 'All work and no play makes a very long post. ';
  return [
    `<p>${nested('span', 5_000, 'five thousand nested spans')}</p>`,
    `<p>${'W'.repeat(200_000)}</p>`,
    `<p>${sentence.repeat(4_000)}</p>`,
    `<p>${'<p>paragraph</p>'.repeat(3_000)}</p>`,
    nested('blockquote', 400, 'deep quotes'),
    `<pre><code>${'x'.repeat(50_000)}</code></pre>`,
    `<p>${':atrium:'.repeat(3_000)}</p>`,
    `<p>${'#tag'.repeat(5_000)}</p>`,
    `<p>${'\u0301'.repeat(20_000)}Z̷̢̛a̸͎l̴g̵o̵ combining marks</p>`,
    `<p>${'😀'.repeat(20_000)}</p>`,
  ];
}
