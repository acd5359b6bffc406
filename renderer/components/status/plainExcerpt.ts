import { postBounds } from './postBounds';
import { limitNesting } from './postHtmlRules';
import { quietMarkup } from './quietMarkup';

/** A post's text for one line of a list: tags stripped, whitespace collapsed, cut short. */
export function plainExcerpt(html: string, length = 120): string {
  // Only the start of a post is read (bounded as for drawing it), quietly: the page's CSP sees this parse.
  const bounded = limitNesting(quietMarkup(html.slice(0, Math.min(postBounds.maxHtml, length * 50))));
  // Paragraphs and line breaks become spaces, so "end.</p><p>Start" does not run together.
  const spaced = bounded.replace(/<\/(?:p|li|blockquote)>|<br\s*\/?>/gi, (tag) => `${tag} `);
  const text = new DOMParser().parseFromString(spaced, 'text/html').body.textContent ?? '';
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > length ? `${collapsed.slice(0, length - 1)}…` : collapsed;
}
