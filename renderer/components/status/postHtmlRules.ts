import type { mastodon } from 'masto';

/** Links may go to the web or to mail; `javascript:` and the like are removed. */
export const allowedUri = /^(?:https?:|mailto:)/i;

/** Deeper than this, tags are dropped and only their text kept: no real post nests this far. */
const maxDepth = 32;
/** Tags beyond this many are dropped too, keeping their text: a real post has a few dozen. */
const maxTags = 1_000;
const voidTags = new Set(['br', 'img', 'hr', 'wbr', 'input', 'meta', 'link', 'source', 'area', 'col', 'embed', 'param', 'track']);

/**
 * Drops tags nested deeper than `maxDepth`, and all after the first `maxTags`, keeping their text. A hostile post can nest
 * thousands of tags, which makes DOM work (parse, clone, layout) recursive and slow enough to
 * freeze or crash the page. This only removes tags, and DOMPurify still checks what is left.
 * `report.deepest` learns how deep the post nested before anything was dropped.
 */
export function limitNesting(html: string, report?: { deepest: number }): string {
  let depth = 0;
  let tags = 0;
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g, (tag, closing: string, name: string, selfClosing: string) => {
    // Past `maxTags` only text is kept: sanitizing costs per element (3,000 paragraphs took 200 ms).
    if (++tags > maxTags) return '';
    if (selfClosing || voidTags.has(name.toLowerCase())) return depth >= maxDepth ? '' : tag;
    if (closing) {
      depth = Math.max(0, depth - 1);
      return depth >= maxDepth ? '' : tag;
    }
    depth += 1;
    // How deep the post tried to go, for the caller to collapse it (see postBounds.ts).
    if (report && depth > report.deepest) report.deepest = depth;
    return depth > maxDepth ? '' : tag;
  });
}

/** Splits text into plain runs and custom emoji, for names and text shown outside post HTML. */
export function splitEmoji(text: string, emojis: readonly mastodon.v1.CustomEmoji[] = []): Array<string | mastodon.v1.CustomEmoji> {
  if (emojis.length === 0) return [text];
  const byCode = new Map(emojis.filter((emoji) => allowedUri.test(emoji.url ?? '')).map((emoji) => [emoji.shortcode, emoji]));
  return text.split(/(:[\w+-]+:)/).flatMap((part) => {
    if (part === '') return [];
    const emoji = /^:[\w+-]+:$/.test(part) ? byCode.get(part.slice(1, -1)) : undefined;
    return emoji ?? part;
  });
}
