import type { AccountRecord } from './model';

/** What composing a status's text produced. */
export interface Composed {
  html: string;
  mentions: AccountRecord[];
  tags: string[];
  /** The first plain link, for a preview card. */
  firstLink: string | null;
}

/** Resolves `@user` or `@user@domain` to an account, or undefined. */
export type MentionResolver = (acct: string) => AccountRecord | undefined;

/** A server in a handle: a domain, or a sandbox on this computer (`127.0.0.1:port`, `localhost:port`). */
export const HANDLE_DOMAIN = String.raw`(?:[a-zA-Z0-9.-]+\.[a-z]{2,}|(?:127\.0\.0\.1|localhost)(?::\d{1,5})?)`;

const TOKEN = new RegExp(String.raw`(https?:\/\/[^\s<>"]+)|(@[a-zA-Z0-9_]+(?:@${HANDLE_DOMAIN})?)|(#[\p{L}\p{N}_]+)`, 'gu');

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Builds an account's web profile URL the way Mastodon links mentions. */
export type ProfileUrl = (account: AccountRecord) => string;

/**
 * Turns a status's plain text into Mastodon-style HTML: paragraphs, `<br />`,
 * linkified URLs with the `invisible` spans, h-card mentions and hashtag links.
 * Unknown `@names` stay plain text, as Mastodon leaves them.
 */
export function composeHtml(text: string, origin: string, resolve: MentionResolver, profileUrl: ProfileUrl): Composed {
  const mentions: AccountRecord[] = [];
  const tags: string[] = [];
  let firstLink: string | null = null;
  const renderInline = (line: string): string => {
    let out = '';
    let last = 0;
    for (const match of line.matchAll(TOKEN)) {
      const at = match.index ?? 0;
      out += escapeHtml(line.slice(last, at));
      last = at + match[0].length;
      const [whole, url, mention, tag] = match;
      if (url) {
        firstLink ??= url;
        const scheme = url.match(/^https?:\/\//)?.[0] ?? '';
        out += `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${scheme}</span><span class="">${escapeHtml(url.slice(scheme.length))}</span><span class="invisible"></span></a>`;
      } else if (mention) {
        const account = resolve(mention.slice(1));
        if (!account) {
          out += escapeHtml(whole);
          continue;
        }
        if (!mentions.includes(account)) mentions.push(account);
        out += `<span class="h-card" translate="no"><a href="${escapeHtml(profileUrl(account))}" class="u-url mention">@<span>${escapeHtml(account.username)}</span></a></span>`;
      } else if (tag) {
        const name = tag.slice(1);
        // Mastodon needs a letter or underscore in a hashtag: "#3" stays plain text.
        if (/^\p{N}+$/u.test(name)) {
          out += escapeHtml(whole);
          continue;
        }
        if (!tags.some((t) => t.toLowerCase() === name.toLowerCase())) tags.push(name);
        out += `<a href="${origin}/tags/${encodeURIComponent(name.toLowerCase())}" class="mention hashtag" rel="tag">#<span>${escapeHtml(name)}</span></a>`;
      }
    }
    return out + escapeHtml(line.slice(last));
  };
  const paragraphs = text
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${p.split('\n').map(renderInline).join('<br />')}</p>`);
  return { html: paragraphs.join(''), mentions, tags, firstLink };
}
