import type { mastodon } from 'masto';
import { rovingStep } from '../../components/roving';

/** Moves followed at most this far: a longer chain (or a loop) is a broken server, not a person. */
const MAX_MOVES = 5;

/**
 * Where a moved account's person is now: the end of the chain of `moved` links, so someone who
 * moved twice is followed where they are today. Undefined when the account did not move, or
 * when the chain loops back on itself or is malformed (nothing sensible to offer then).
 */
export function movedTo(account: Pick<mastodon.v1.Account, 'id' | 'moved'>): mastodon.v1.Account | undefined {
  const seen = new Set([account.id]);
  let current: mastodon.v1.Account | null | undefined = account.moved;
  let last: mastodon.v1.Account | undefined;
  for (let hops = 0; current && hops < MAX_MOVES; hops += 1) {
    if (typeof current.id !== 'string' || typeof current.acct !== 'string' || seen.has(current.id)) return undefined;
    seen.add(current.id);
    last = current;
    current = current.moved;
  }
  return current ? undefined : last;
}

/** The header picture worth showing: Mastodon's "missing" placeholder and non-web addresses are none. */
export function headerOf(account: Pick<mastodon.v1.Account, 'header' | 'headerStatic'>): string | null {
  const url = account.headerStatic || account.header;
  if (!url || /\/missing\.png$/.test(url) || !/^https?:/i.test(url)) return null;
  return url;
}

/** True when the server checked that the field's linked page links back to the profile. */
export const isVerified = (field: Pick<mastodon.v1.AccountField, 'verifiedAt'>): boolean => typeof field.verifiedAt === 'string' && !Number.isNaN(Date.parse(field.verifiedAt));

/** Familiar followers as a sentence's parts: the first names shown and how many more there are. */
export function familiarSummary(accounts: readonly mastodon.v1.Account[], shown = 2): { names: string[]; others: number } {
  const names = accounts.slice(0, shown).map((account) => account.displayName?.trim() || account.username);
  return { names, others: Math.max(0, accounts.length - names.length) };
}

/** Which tab of a profile shows what. */
export type ProfileTab = 'posts' | 'replies' | 'media' | 'followers' | 'following';

/** The tabs in the order they are shown. */
export const profileTabs: readonly ProfileTab[] = ['posts', 'replies', 'media', 'followers', 'following'];

/** The tab after or before `current` for arrow keys, wrapping around; Home and End go to the ends. */
export function nextTab(current: ProfileTab, key: string): ProfileTab | undefined {
  const to = rovingStep(profileTabs.indexOf(current), profileTabs.length, key);
  return to === undefined ? undefined : profileTabs[to];
}
