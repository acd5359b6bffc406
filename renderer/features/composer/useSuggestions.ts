import type { mastodon } from 'masto';
import { useEffect, useState } from 'react';
import { customEmojis } from '../../bridge/customEmojis';
import { remoteClient } from '../../bridge/remoteClient';
import type { CaretToken } from './caretToken';

/** One thing autocomplete offers: what it shows and what it puts in the text. */
export interface Suggestion {
  key: string;
  kind: CaretToken['kind'];
  /** Inserted in place of the token. */
  replacement: string;
  label: string;
  detail: string;
  /** An avatar or the emoji's picture. */
  image: string | null;
}

/** How long typing must pause before the server is asked. */
export const SUGGEST_DELAY_MS = 250;
const LIMIT = 6;

/** Emoji whose shortcode starts with the query first, then those that contain it. */
export function matchEmojis(emojis: readonly mastodon.v1.CustomEmoji[], query: string): mastodon.v1.CustomEmoji[] {
  const lower = query.toLowerCase();
  const visible = emojis.filter((emoji) => emoji.visibleInPicker !== false && emoji.shortcode.toLowerCase().includes(lower));
  return [...visible.filter((emoji) => emoji.shortcode.toLowerCase().startsWith(lower)), ...visible.filter((emoji) => !emoji.shortcode.toLowerCase().startsWith(lower))].slice(0, LIMIT);
}

async function fetchSuggestions(accountId: string, token: CaretToken): Promise<Suggestion[]> {
  if (token.kind === 'emoji') {
    return matchEmojis(await customEmojis(accountId), token.query).map((emoji) => ({
      key: emoji.shortcode,
      kind: 'emoji',
      replacement: `:${emoji.shortcode}:`,
      label: `:${emoji.shortcode}:`,
      detail: '',
      image: emoji.staticUrl || emoji.url,
    }));
  }
  const type = token.kind === 'account' ? 'accounts' : 'hashtags';
  const page = await remoteClient(accountId).v2.search.list({ q: token.query, type, limit: LIMIT, resolve: false });
  if (token.kind === 'account') {
    return (page.items.accounts ?? []).slice(0, LIMIT).map((account) => ({
      key: account.id,
      kind: 'account',
      replacement: `@${account.acct}`,
      label: account.displayName || account.username,
      detail: `@${account.acct}`,
      image: account.avatarStatic || account.avatar || null,
    }));
  }
  return (page.items.hashtags ?? []).slice(0, LIMIT).map((tag) => ({ key: tag.name, kind: 'hashtag', replacement: `#${tag.name}`, label: `#${tag.name}`, detail: '', image: null }));
}

/** Suggestions for the token at the caret, asked for a moment after typing pauses; only the latest question's answer shows. */
export function useSuggestions(accountId: string, token: CaretToken | null): Suggestion[] {
  const [answer, setAnswer] = useState<{ question: string; suggestions: Suggestion[] }>({ question: '', suggestions: [] });
  const kind = token?.kind;
  const query = token?.query;
  const question = kind && query !== undefined ? `${accountId} ${kind} ${query}` : '';
  useEffect(() => {
    if (!kind || query === undefined) return;
    let current = true;
    const timer = setTimeout(() => {
      fetchSuggestions(accountId, { kind, query, start: 0, end: 0 })
        .then((suggestions) => current && setAnswer({ question: `${accountId} ${kind} ${query}`, suggestions }))
        // Autocomplete is a help, not a must: without an answer the person simply types on.
        .catch(() => undefined);
    }, SUGGEST_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [accountId, kind, query]);
  return question !== '' && answer.question === question ? answer.suggestions : [];
}
