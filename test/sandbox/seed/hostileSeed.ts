import { hostileCorpus, hostileLines, hostileUrls } from '../../corpus/index';
import type { Actions } from '../core/actions';
import type { AccountRecord, FieldRecord, RemoteEmojiRecord, StatusRecord } from '../core/model';
import type { Store } from '../core/store';
import { baseAccount } from './org';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How many remote accounts carry the corpus: enough that Home, a profile and notifications all get plenty. */
const AUTHORS = 12;

/** What `seedHostile` made, so tests can find it. */
export interface HostileSeed {
  authors: AccountRecord[];
  /** Local staff whose profiles are hostile: the directory lists them. */
  colleagues: AccountRecord[];
  posts: StatusRecord[];
}

/**
 * Puts the hostile corpus (test/corpus) in every field Atrium draws, as a malicious or broken server
 * would send it: post content, content warnings, display names, bios, profile fields, poll options,
 * media descriptions, preview cards, custom emoji, notifications and announcements. The demo user
 * follows the remote accounts, so their posts fill the top of Home; every tenth post answers the one
 * before (a thread); some mention the demo user and they all favourite one of the demo user's posts.
 */
export function seedHostile(store: Store, actions: Actions, demo: AccountRecord, nowMs: number): HostileSeed {
  const corpus = hostileCorpus();
  const lines = hostileLines();
  const line = (i: number) => lines[i % lines.length] as string;
  const html = (i: number) => corpus[i % corpus.length]?.html ?? '';
  const url = (i: number) => hostileUrls[i % hostileUrls.length] as string;
  const emoji = (i: number): RemoteEmojiRecord[] => [
    { shortcode: 'atrium', url: url(i) },
    { shortcode: 'party_parrot', url: url(i + 1) },
  ];
  const fields = (i: number): FieldRecord[] => [
    { name: line(i * 3), value: '', html: html(i * 5) },
    { name: 'Team', value: '', html: html(i * 5 + 1) },
    { name: line(i * 3 + 1), value: '', html: `<a href="${url(i).replaceAll('"', '&quot;')}">${line(i)}</a>` },
  ];
  const profile = (account: AccountRecord, i: number) => {
    account.displayName = `${line(i * 7)} :atrium:`;
    account.fields = fields(i);
    // A third keep the sandbox's own picture, so the initials fallback and a real avatar both show.
    account.raw = { noteHtml: html(i * 11) + html(i * 11 + 1), avatar: i % 3 === 0 ? undefined : url(i), emojis: emoji(i) };
  };

  const authors = Array.from({ length: AUTHORS }, (_, i) => {
    const account = baseAccount(store, `hostile${i}`, nowMs - 200 * DAY, (i * 47) % 360);
    account.domain = `hostile${i}.example`;
    profile(account, i);
    store.addAccount(account);
    store.addFollow(demo.id, account.id, nowMs - 100 * DAY);
    return account;
  });
  const colleagues = Array.from({ length: 6 }, (_, i) => {
    const account = baseAccount(store, `hostile_colleague${i}`, nowMs - 300 * DAY, (i * 61) % 360);
    profile(account, AUTHORS + i);
    account.team = 'Security';
    store.addAccount(account);
    return account;
  });
  // The instance's contact account is shown on the About page.
  const comms = [...store.accounts.values()].find((account) => account.username === 'comms' && account.domain === null);
  if (comms) profile(comms, AUTHORS + 6);

  const posts: StatusRecord[] = [];
  corpus.forEach((input, i) => {
    const author = authors[i % AUTHORS] as AccountRecord;
    const at = nowMs - (corpus.length - i) * MINUTE;
    const parent = i % 10 === 9 ? posts.at(-1) : undefined;
    const text = i % 8 === 3 ? `@${demo.username} hostile ${i}` : `hostile ${i}`;
    const status = actions.postStatus(author, { text, createdAt: at, inReplyToId: parent?.id ?? null, language: 'en' }, { emit: false });
    status.remoteHtml = i % 9 === 4 ? `${input.html}<p>:atrium: :party_parrot:</p>` : input.html;
    status.remoteEmojis = emoji(i);
    if (i % 5 === 1) status.spoilerText = line(i);
    if (i % 7 === 2) {
      const options = [line(i), line(i + 1), html(i + 2).slice(0, 2_000)].map((title, votes) => ({ title, votes }));
      status.poll = { id: store.ids.next(at), expiresAt: nowMs + DAY, multiple: i % 2 === 0, options, voters: new Map() };
    } else if (i % 6 === 3) {
      status.mediaIds = [addMedia(store, author, status, line(i), at)];
    } else if (i % 4 === 0) {
      status.card = { url: cardUrl(url(i)), title: line(i), description: html(i + 3), providerName: line(i + 5), image: i % 8 === 0 ? url(i) : undefined };
    }
    posts.push(status);
  });

  const mine = [...store.statuses.values()].filter((status) => status.accountId === demo.id && !status.reblogOfId).at(-1);
  for (const author of authors) {
    if (mine) actions.favourite(author, mine, nowMs - MINUTE);
    actions.follow(author, demo);
  }
  corpus.slice(0, 12).forEach((input, i) => {
    store.people.announcements.push({ id: `hostile-${i}`, html: input.html, publishedAt: nowMs - i * MINUTE, updatedAt: nowMs - i * MINUTE, startsAt: null, endsAt: null, allDay: false, reactions: new Map([[line(i).slice(0, 30), new Set([demo.id])]]), readBy: new Set() });
  });
  return { authors, colleagues, posts };
}

/** A card's URL must parse (the sandbox reads its host); a hostile one that does not becomes `javascript:`. */
function cardUrl(candidate: string): string {
  return URL.canParse(candidate) ? candidate : 'javascript:window.__atriumPwned=1';
}

function addMedia(store: Store, owner: AccountRecord, status: StatusRecord, description: string, at: number): string {
  const id = store.ids.next(at);
  store.media.set(id, { id, accountId: owner.id, type: 'image', mime: 'image/svg+xml', size: 2048, description, width: 1200, height: 800, blurhash: 'not a blurhash', readyAt: 0, statusId: status.id });
  return id;
}
