import type { mastodon } from 'masto';
import type { MouseEvent } from 'react';
import { call } from '../../bridge/bridge';
import { useSanitizedHtml } from './sanitizer';
import styles from './RichText.module.css';

/** What a post's links can lead to inside Atrium. */
export interface RichTextLinkHandlers {
  /** A mention: the account's id when the post names it, else its `acct`. */
  onOpenAccount(idOrAcct: string): void;
  onOpenTag(tag: string): void;
}

const noEmojis: readonly mastodon.v1.CustomEmoji[] = [];

/** Props of RichText. */
export interface RichTextProps extends RichTextLinkHandlers {
  html: string;
  emojis?: readonly mastodon.v1.CustomEmoji[] | null;
  mentions?: readonly mastodon.v1.StatusMention[] | null;
  tags?: readonly mastodon.v1.Tag[] | null;
  /** The post's language, so screen readers pronounce it right. */
  lang?: string;
  className?: string;
  /** For `aria-describedby` from the post around it. */
  id?: string;
}

/**
 * A post's HTML, sanitized under Mastodon's allow-list. Links never navigate the app's window:
 * mentions and hashtags open inside Atrium, anything else goes to the browser through main's URL gate.
 */
export function RichText({ html, emojis, mentions, tags, onOpenAccount, onOpenTag, lang, className, id }: RichTextProps) {
  const clean = useSanitizedHtml(html, emojis ?? noEmojis);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest?.('a');
    if (!link || !event.currentTarget.contains(link)) return;
    event.preventDefault();
    event.stopPropagation();
    const href = link.getAttribute('href') ?? '';
    const mention = mentions?.find((candidate) => candidate.url === href);
    if (mention || (link.classList.contains('mention') && !link.classList.contains('hashtag'))) {
      return onOpenAccount(mention?.id ?? acctFromUrl(href) ?? href);
    }
    const tag = tags?.find((candidate) => candidate.url?.toLowerCase() === href.toLowerCase());
    if (tag || link.classList.contains('hashtag')) return onOpenTag(tag?.name ?? link.textContent?.replace(/^#/, '') ?? '');
    if (href) void call('openExternal', { url: href }).catch(() => undefined);
  };

  return (
    // Clicks are delegated to the links inside; the links themselves stay keyboard-reachable.
    <div id={id} lang={lang} className={`${styles.text} ${className ?? ''}`} onClick={onClick} {...('html' in clean ? { dangerouslySetInnerHTML: { __html: clean.html } } : { children: clean.text })} />
  );
}

/** `https://host/@user` → `user@host`, for mentions the post's list does not name. */
function acctFromUrl(href: string): string | undefined {
  try {
    const url = new URL(href);
    const user = /^\/@([\w.-]+)/.exec(url.pathname)?.[1];
    return user ? `${user}@${url.host}` : undefined;
  } catch {
    return undefined;
  }
}
