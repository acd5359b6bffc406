// Letters that Unicode does not decompose into a base letter and a mark, spelled as people type them.
const foldedLetters: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/**
 * Text as search compares it: lower case, without accents ("Łukasz Wójcik" → "lukasz wojcik"),
 * so a person finds "José" by typing "jose" and "São Paulo" by typing "sao".
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđßæœıþ]/g, (letter) => foldedLetters[letter] ?? letter);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * The words of a bit of server HTML (a bio, a field value), for searching and for chips drawn as
 * text. A line break or the end of a paragraph, list item or other block is a space; other tags go
 * (a mention's `@<span>name</span>` stays one word); Mastodon's hidden URL parts are dropped, a few
 * entities are decoded. The result is only ever shown as text, never as HTML.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<span class="invisible">[^<]*<\/span>/g, '')
    .replace(/<br\s*\/?>|<\/(?:p|li|ul|ol|div|blockquote|pre|h[1-6])\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16) || 32);
      if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)) || 32);
      return entities[lower] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A field name as facets group it: "Team", "team" and "Team:" are one field. */
export function fieldKey(name: string): string {
  return foldText(htmlToText(name)).replace(/[:：\s]+$/u, '').trim();
}
