import createDOMPurify from 'dompurify';
import type { mastodon } from 'masto';

/** The tags Mastodon itself lets through in post HTML; anything else is unwrapped to its text. */
const allowedTags = ['p', 'br', 'span', 'a', 'del', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 'ul', 'ol', 'li', 'blockquote'];
/** Classes that carry meaning in Mastodon's HTML (mentions, hashtags, shortened links). */
const allowedClasses = new Set(['h-card', 'mention', 'hashtag', 'ellipsis', 'invisible', 'u-url', 'quote-inline']);
/** Links may go to the web or to mail; `javascript:` and the like are removed. */
const allowedUri = /^(?:https?:|mailto:)/i;

// A private instance, so these hooks never affect another use of DOMPurify.
const purify = createDOMPurify(window);
purify.addHook('uponSanitizeAttribute', (node, data) => {
  if (data.attrName === 'class') {
    data.attrValue = data.attrValue
      .split(/\s+/)
      .filter((name) => allowedClasses.has(name))
      .join(' ');
    data.keepAttr = data.attrValue.length > 0;
  }
  if (data.attrName === 'href' && node.nodeName !== 'A') data.keepAttr = false;
});
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') node.setAttribute('rel', 'nofollow noopener noreferrer');
});

/**
 * Cleans a post's HTML under Mastodon's allow-list, and turns `:shortcode:` into the
 * post's custom emoji images. Returns HTML safe to put in the page.
 */
export function sanitizePostHtml(html: string, emojis: readonly mastodon.v1.CustomEmoji[] = []): string {
  const fragment = purify.sanitize(limitNesting(html), {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href', 'rel', 'class'],
    ALLOWED_URI_REGEXP: allowedUri,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  if (emojis.length > 0) replaceEmoji(fragment, emojis);
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

/** Deeper than this, tags are dropped and only their text kept: no real post nests this far. */
const maxDepth = 32;
const voidTags = new Set(['br', 'img', 'hr', 'wbr', 'input', 'meta', 'link', 'source', 'area', 'col', 'embed', 'param', 'track']);

/**
 * Drops tags nested deeper than `maxDepth`, keeping their text. A hostile post can nest
 * thousands of tags, which makes DOM work (parse, clone, layout) recursive and slow enough to
 * freeze or crash the page. This only removes tags, and DOMPurify still checks what is left.
 */
export function limitNesting(html: string): string {
  let depth = 0;
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g, (tag, closing: string, name: string, selfClosing: string) => {
    if (selfClosing || voidTags.has(name.toLowerCase())) return depth >= maxDepth ? '' : tag;
    if (closing) {
      depth = Math.max(0, depth - 1);
      return depth >= maxDepth ? '' : tag;
    }
    depth += 1;
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

function replaceEmoji(root: DocumentFragment, emojis: readonly mastodon.v1.CustomEmoji[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const parts = splitEmoji(text.data, emojis);
    if (parts.length === 1 && typeof parts[0] === 'string') continue;
    text.replaceWith(...parts.map((part) => (typeof part === 'string' ? part : emojiImage(part))));
  }
}

function emojiImage(emoji: mastodon.v1.CustomEmoji): HTMLImageElement {
  const image = document.createElement('img');
  image.src = emoji.url;
  image.alt = `:${emoji.shortcode}:`;
  image.title = `:${emoji.shortcode}:`;
  image.className = 'custom-emoji';
  image.draggable = false;
  return image;
}
