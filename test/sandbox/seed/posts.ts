import type { Actions } from '../core/actions';
import { escapeHtml } from '../core/compose';
import type { AccountRecord, StatusRecord } from '../core/model';
import type { Prng } from '../core/prng';
import type { Store } from '../core/store';
import { hostileHtml } from './hostile';
import type { Org } from './org';
import { ALT_TEXTS, HASHTAGS, LINKS } from './words';
import { POLL_FRAME_COUNT, pollSource } from './polls';
import { OPENERS, sentenceSource, THEME_COUNT } from './sentences';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** One sentence from the seed's random numbers: an opener and a theme, made unique by `sentence`. */
type Sentence = (prng: Prng) => string;

function text(prng: Prng, sentence: Sentence, mention: AccountRecord | null): string {
  const parts: string[] = [];
  if (mention) parts.push(`@${mention.username}`);
  parts.push(`${sentence(prng)}.`);
  if (prng.chance(0.15)) parts.push(prng.pick(LINKS));
  if (prng.chance(0.35)) parts.push(`#${prng.pick(HASHTAGS)}`);
  if (prng.chance(0.05)) parts.push(':party_parrot:');
  return parts.join(' ');
}

function addImage(store: Store, prng: Prng, owner: AccountRecord, at: number): string {
  const id = store.ids.next(at);
  store.media.set(id, {
    id,
    accountId: owner.id,
    type: 'image',
    mime: 'image/svg+xml',
    size: 2048,
    // Some with alt text and some without, as real timelines have.
    description: prng.chance(0.6) ? prng.pick(ALT_TEXTS) : null,
    width: 1200,
    height: 800,
    blurhash: 'LEHV6nWB2yk8pyo0adR*.7kCMdnj',
    readyAt: 0,
    statusId: null,
  });
  return id;
}

/**
 * Posts `count` statuses over the last 30 days: threads, boosts, polls, media,
 * content warnings, edits, favourites, remote posts (one hostile) and direct messages.
 */
export function seedPosts(store: Store, actions: Actions, prng: Prng, org: Org, count: number, nowMs: number): void {
  const start = nowMs - 30 * DAY;
  const step = (30 * DAY - 2 * 60 * MINUTE) / Math.max(1, count);
  const recent: StatusRecord[] = [];
  const authors = [...org.staff, ...org.staff, org.official.comms, org.official.news, org.official.events];
  const hostileAt = Math.floor(count * 0.9);
  const unique = sentenceSource();
  const polls = pollSource();
  // Two draws, as the opener and body picks always took, so what is seeded after the posts does not move.
  const sentence: Sentence = (random) => unique(random.pick(OPENERS), random.int(0, THEME_COUNT - 1));
  for (let i = 0; i < count; i++) {
    const at = Math.floor(start + i * step);
    let status: StatusRecord;
    if (i === hostileAt) {
      status = actions.postStatus(org.hostile, { text: 'Totally normal post', createdAt: at, language: 'en' }, { emit: false });
      status.remoteHtml = hostileHtml();
    } else if (prng.chance(0.03)) {
      const author = prng.pick(org.remote);
      status = actions.postStatus(author, { text: `${sentence(prng)}. #fediverse`, createdAt: at }, { emit: false });
      status.remoteHtml = `<p>${escapeHtml(status.text)}</p>`;
    } else if (recent.length > 0 && prng.chance(0.08)) {
      const booster = prng.pick(org.staff);
      const target = prng.pick(recent);
      if (target.visibility !== 'public' || target.accountId === booster.id) continue;
      // Boosts are not favourited or boosted again: go on to the next post.
      actions.reblog(booster, target, { at, emit: false });
      continue;
    } else {
      const author = prng.pick(authors);
      const parent = recent.length > 0 && prng.chance(0.14) ? prng.pick(recent) : null;
      const parentAuthor = parent ? store.accounts.get(parent.accountId) ?? null : null;
      const team = org.byTeam.get(author.team ?? '') ?? org.staff;
      const mention = parentAuthor && parentAuthor !== author ? parentAuthor : prng.chance(0.12) ? prng.pick(team) : null;
      const roll = prng.next();
      // One draw, as picking from the old list of four questions took, so what is seeded after stays the same.
      const poll = roll < 0.06 ? polls(prng.int(0, POLL_FRAME_COUNT - 1)) : null;
      const mediaIds = !poll && roll < 0.16 ? Array.from({ length: prng.int(1, 3) }, () => addImage(store, prng, author, at)) : [];
      const visibilityRoll = prng.next();
      const visibility = visibilityRoll < 0.85 ? 'public' : visibilityRoll < 0.93 ? 'unlisted' : visibilityRoll < 0.99 || !mention ? 'private' : 'direct';
      status = actions.postStatus(
        author,
        {
          text: poll ? poll.text : text(prng, sentence, mention),
          createdAt: at,
          visibility,
          inReplyToId: parent?.id ?? null,
          mediaIds,
          poll: poll ? { options: poll.options, expiresIn: prng.chance(0.5) ? 3 * 86_400 : 86_400, multiple: prng.chance(0.3) } : null,
          spoilerText: prng.chance(0.06) ? prng.pick(['Work stress', 'Spoilers: quarterly numbers', 'Long post', 'Food']) : '',
          applicationName: prng.chance(0.7) ? 'Atrium' : 'Web',
        },
        { emit: false },
      );
      if (prng.chance(0.03)) {
        const edited = `${status.text} (edit: fixed a typo)`;
        status.revisions = [
          { text: status.text, spoilerText: status.spoilerText, sensitive: status.sensitive, createdAt: at },
          { text: edited, spoilerText: status.spoilerText, sensitive: status.sensitive, createdAt: at + 5 * MINUTE },
        ];
        status.text = edited;
        status.editedAt = at + 5 * MINUTE;
      }
    }
    if (status.visibility === 'public') {
      recent.push(status);
      if (recent.length > 60) recent.shift();
    }
    for (let f = Math.floor(prng.next() ** 2 * 6); f > 0; f--) actions.favourite(prng.pick(org.staff), status, at + f);
  }
}
