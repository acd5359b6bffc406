/**
 * Renames what the page's Content-Security-Policy would report while a post is parsed to be sanitized:
 * event handler and `style` attributes, `<style>` elements (as `<noembed>`, which the parser reads
 * the same raw way and the sanitizer drops with its content) and `<base>`. Every document this page creates,
 * DOMParser's included, carries its CSP, so parsing a hostile post logged a violation per attribute.
 * This is about noise, not safety: the sanitizer still checks everything, and drops what was renamed.
 */
export function quietMarkup(html: string): string {
  return html.replace(/<(\/?)style\b/gi, '<$1noembed').replace(/<base\b/gi, '<x-base').replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/([\s/])(on[a-z]+|style)(\s*=)/gi, '$1data-quiet-$2$3'));
}
