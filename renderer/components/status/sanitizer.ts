import type { mastodon } from 'masto';
import { useEffect, useMemo, useState } from 'react';
import { postBounds, startsCollapsed } from './postBounds';
import { limitNesting } from './postHtmlRules';
import { quietMarkup } from './quietMarkup';
import type * as SanitizeModule from './sanitize';

type Sanitizer = typeof SanitizeModule;

let loaded: Sanitizer | null = null;
let loading: Promise<Sanitizer> | null = null;

/**
 * Loads the post sanitizer (DOMPurify and Mastodon's allow-list) once. It is left out of the first
 * bundle: the app starts loading it at once, and it is in the page long before the first post arrives.
 */
export function loadSanitizer(): Promise<Sanitizer> {
  loading ??= import('./sanitize').then((module) => (loaded = module));
  return loading;
}

/**
 * A post's HTML made safe: the sanitized HTML, or, in the moment before the sanitizer has loaded,
 * `{ text }`, the post's words without markup (read from an inert parsed document, shown as text).
 * Either way bounded (postBounds.ts), with `long` true when the post should start collapsed.
 */
export function useSanitizedHtml(html: string, emojis: readonly mastodon.v1.CustomEmoji[]): ({ html: string } | { text: string }) & { long: boolean } {
  const [sanitizer, setSanitizer] = useState(loaded);
  useEffect(() => {
    if (sanitizer) return;
    let current = true;
    void loadSanitizer().then((module) => current && setSanitizer(() => module));
    return () => {
      current = false;
    };
  }, [sanitizer]);
  return useMemo(() => {
    if (!sanitizer) return { text: wordsOf(html), long: html.length > postBounds.collapseText };
    const post = sanitizer.sanitizePost(html, emojis);
    return { html: post.html, long: startsCollapsed(post) };
  }, [sanitizer, html, emojis]);
}

/** The words a reader would see, without markup. DOMParser's document runs no script and loads nothing. */
function wordsOf(html: string): string {
  const body = new DOMParser().parseFromString(limitNesting(quietMarkup(html.slice(0, postBounds.maxHtml))), 'text/html').body;
  for (const hidden of body.querySelectorAll('script, style, template, noscript, .invisible')) hidden.remove();
  return (body.textContent ?? '').slice(0, postBounds.maxText);
}
