import createDOMPurify from 'dompurify';
import type { mastodon } from 'masto';
import { keepText } from './keepText';
import { postBounds, type BoundedPost } from './postBounds';
import { allowedUri, limitNesting, splitEmoji } from './postHtmlRules';
import { quietMarkup } from './quietMarkup';

/** The tags Mastodon itself lets through in post HTML; anything else is unwrapped to its text. */
const allowedTags = ['p', 'br', 'span', 'a', 'del', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 'ul', 'ol', 'li', 'blockquote'];
/** Classes that carry meaning in Mastodon's HTML (mentions, hashtags, shortened links). */
const allowedClasses = new Set(['h-card', 'mention', 'hashtag', 'ellipsis', 'invisible', 'u-url', 'quote-inline']);

// DOMPurify is loaded after the first screen (see sanitizer.ts); the rules that need no DOMPurify are in postHtmlRules.ts.
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
  return sanitizePost(html, emojis).html;
}

/**
 * `sanitizePostHtml` within `postBounds`: the HTML is cut and its nesting limited before it is parsed,
 * its text cut after; says how long and deep the post was, so it can start collapsed.
 */
export function sanitizePost(html: string, emojis: readonly mastodon.v1.CustomEmoji[] = []): BoundedPost {
  const nesting = { deepest: 0 };
  const source = limitNesting(quietMarkup(html.length > postBounds.maxHtml ? html.slice(0, postBounds.maxHtml) : html), nesting);
  const fragment = purify.sanitize(source, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href', 'rel', 'class'],
    // No data-* either (DOMPurify keeps them by default): quietMarkup's renamed attributes must go.
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: allowedUri,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  const text = keepText(fragment, postBounds.maxText);
  if (emojis.length > 0) replaceEmoji(fragment, emojis);
  const holder = document.createElement('div');
  holder.append(fragment);
  return { html: holder.innerHTML, length: text.length, depth: nesting.deepest, cut: text.cut || html.length > postBounds.maxHtml };
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
