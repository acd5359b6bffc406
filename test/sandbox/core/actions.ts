import { composeHtml } from './compose';
import { invalid, notFound } from './errors';
import { attachMedia, revisionOf, type StatusEdit } from './edits';
import { countableLength } from './length';
import { blankStatusParts, type AccountRecord, type CardRecord, type NotificationType, type PollRecord, type StatusRecord } from './model';
import { quotedVisibility, startQuote, type QuotePolicy } from './quotes';
import type { Store } from './store';
import { profileUrl, type RenderContext } from '../render/context';

/** What a new status is made of, after the HTTP layer has parsed the request. */
export interface NewStatus {
  text: string;
  visibility?: StatusRecord['visibility'];
  spoilerText?: string;
  sensitive?: boolean;
  language?: string | null;
  inReplyToId?: string | null;
  mediaIds?: string[];
  poll?: { options: string[]; expiresIn: number; multiple: boolean } | null;
  applicationName?: string | null;
  createdAt?: number;
  /** The post this one quotes (Mastodon 4.5+). */
  quotedStatusId?: string | null;
  quoteApprovalPolicy?: QuotePolicy;
}

/** Instance limits that validation enforces (also reported by /api/v2/instance). */
export const LIMITS = {
  maxCharacters: 500,
  maxMediaAttachments: 4,
  pollMaxOptions: 4,
  pollMaxCharactersPerOption: 50,
  pollMinExpiration: 300,
  pollMaxExpiration: 2_629_746,
} as const;

const KNOWN_SITES: Record<string, string> = {
  'news.example': 'News Example',
  'blog.example.org': 'The Example Blog',
  'docs.example.com': 'Example Docs',
};

function cardFor(url: string | null): CardRecord | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const provider = KNOWN_SITES[host];
  if (!provider) return null;
  const slug = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').replace(/[-_]/g, ' ');
  return { url, title: slug ? slug[0]?.toUpperCase() + slug.slice(1) : provider, description: `An article on ${provider}.`, providerName: provider };
}

/**
 * The state changes behind the API: each one validates like Mastodon, updates the
 * store and emits what streaming subscribers should hear.
 */
export class Actions {
  constructor(
    private readonly store: Store,
    private readonly ctx: RenderContext,
  ) {}

  private notify(accountId: string, type: NotificationType, fromAccountId: string, statusId: string | null, at: number): void {
    if (accountId === fromAccountId) return;
    const recipient = this.store.accounts.get(accountId);
    if (!recipient || recipient.domain) return;
    const notification = { id: this.store.ids.next(at), accountId, type, fromAccountId, statusId, createdAt: at };
    this.store.addNotification(notification);
    this.store.emit({ kind: 'notification', notification });
  }

  /** Creates a status (validated like Mastodon), indexes it, notifies and streams it. */
  postStatus(author: AccountRecord, input: NewStatus, options: { emit?: boolean } = {}): StatusRecord {
    const { store } = this;
    const mediaIds = input.mediaIds ?? [];
    if (input.text.trim() === '' && mediaIds.length === 0 && !input.poll) throw invalid("Text can't be blank");
    if (countableLength(input.text, input.spoilerText) > LIMITS.maxCharacters) throw invalid(`Text character limit of ${LIMITS.maxCharacters} exceeded`);
    if (mediaIds.length > LIMITS.maxMediaAttachments) throw invalid('Media attachments too many');
    if (mediaIds.length > 0 && input.poll) throw invalid('Poll and media attachments cannot be used together');
    for (const id of mediaIds) {
      const media = store.media.get(id);
      if (!media || media.accountId !== author.id) throw invalid('Media attachments are invalid');
      if (media.statusId !== null) throw invalid('Media attachments are invalid');
    }
    const quote = input.quotedStatusId ? startQuote(store, author.id, input.quotedStatusId) : null;
    const parent = input.inReplyToId ? store.statuses.get(input.inReplyToId) : undefined;
    if (input.inReplyToId && !parent) throw notFound();
    const at = input.createdAt ?? this.ctx.nowMs();
    const poll = input.poll ? this.makePoll(input.poll, at) : null;
    const composed = composeHtml(input.text, this.ctx.origin, (acct) => store.findByAcct(acct, this.ctx.domain), (a) => profileUrl(this.ctx, a));
    const status: StatusRecord = {
      // A post dated in the past (seeding) sorts by its date; one made now is simply the newest.
      id: input.createdAt === undefined ? store.ids.next(at) : store.ids.dated(at),
      accountId: author.id,
      createdAt: at,
      text: input.text,
      remoteHtml: null,
      spoilerText: input.spoilerText ?? '',
      visibility: quotedVisibility(store, quote, input.visibility ?? author.privacy),
      sensitive: (input.sensitive ?? false) || (input.spoilerText ?? '') !== '',
      language: input.language === undefined ? author.language : input.language,
      inReplyToId: parent?.id ?? null,
      inReplyToAccountId: parent?.accountId ?? null,
      reblogOfId: null,
      mentionIds: composed.mentions.map((a) => a.id),
      tags: composed.tags,
      mediaIds,
      poll,
      card: cardFor(composed.firstLink),
      editedAt: null,
      revisions: [],
      applicationName: input.applicationName ?? null,
      favouritedBy: new Set(),
      bookmarkedBy: new Set(),
      reblogIds: [],
      repliesCount: 0,
      quote,
      quoteApprovalPolicy: input.quoteApprovalPolicy ?? 'public',
    };
    attachMedia(store, status, mediaIds, at);
    store.indexStatus(status);
    if (quote?.state === 'accepted') this.notify(store.statuses.get(quote.statusId)?.accountId ?? '', 'quote', author.id, status.id, at);
    if (parent) parent.repliesCount += 1;
    author.statusesCount += 1;
    author.lastStatusAt = at;
    for (const mentioned of composed.mentions) this.notify(mentioned.id, 'mention', author.id, status.id, at);
    if (options.emit !== false) store.emit({ kind: 'update', status });
    return status;
  }

  private makePoll(input: NonNullable<NewStatus['poll']>, at: number): PollRecord {
    if (input.options.length < 2) throw invalid('Poll must have at least 2 options');
    if (input.options.length > LIMITS.pollMaxOptions) throw invalid(`Poll can't contain more than ${LIMITS.pollMaxOptions} items`);
    if (input.options.some((o) => o.length > LIMITS.pollMaxCharactersPerOption)) throw invalid('Poll options are too long');
    if (input.expiresIn < LIMITS.pollMinExpiration) throw invalid('Poll duration is too short');
    if (input.expiresIn > LIMITS.pollMaxExpiration) throw invalid('Poll duration is too long');
    return {
      id: this.store.smallIds.next(),
      expiresAt: at + input.expiresIn * 1000,
      multiple: input.multiple,
      options: input.options.map((title) => ({ title, votes: 0 })),
      voters: new Map(),
    };
  }

  /** An edit's poll: the same options keep their votes (the end time may move); new options start over, as in Mastodon. */
  private replacePoll(status: StatusRecord, next: NonNullable<StatusEdit['poll']> | null, at: number): void {
    const previous = status.poll;
    const same = previous && next && next.multiple === previous.multiple && next.options.join('\n') === previous.options.map((o) => o.title).join('\n');
    if (previous && !same) this.store.pollStatus.delete(previous.id);
    if (!next) status.poll = null;
    else if (same && previous) previous.expiresAt = at + next.expiresIn * 1000;
    else {
      status.poll = this.makePoll(next, at);
      this.store.pollStatus.set(status.poll.id, status.id);
    }
  }

  /** Deletes a status and its boosts; streams `delete`. `keepMedia` detaches the attachments for a redraft. */
  deleteStatus(status: StatusRecord, options: { keepMedia?: boolean } = {}): void {
    const { store } = this;
    for (const boostId of [...status.reblogIds]) {
      const boost = store.statuses.get(boostId);
      if (boost) this.deleteStatus(boost);
    }
    store.unindexStatus(status);
    const author = store.accounts.get(status.accountId);
    if (author) author.statusesCount = Math.max(0, author.statusesCount - 1);
    if (status.inReplyToId) {
      const parent = store.statuses.get(status.inReplyToId);
      if (parent) parent.repliesCount = Math.max(0, parent.repliesCount - 1);
    }
    if (status.reblogOfId) {
      const original = store.statuses.get(status.reblogOfId);
      if (original) original.reblogIds = original.reblogIds.filter((id) => id !== status.id);
    }
    for (const id of status.mediaIds) {
      const media = store.media.get(id);
      if (options.keepMedia && media) media.statusId = null;
      else store.media.delete(id);
    }
    store.emit({ kind: 'delete', status });
  }

  /** Edits a status (text, warning, media and their alt text), keeping the previous revision for /history; streams `status.update`. */
  editStatus(status: StatusRecord, input: StatusEdit): StatusRecord {
    const mediaIds = input.mediaIds ?? status.mediaIds;
    if (input.text.trim() === '' && mediaIds.length === 0 && !status.poll) throw invalid("Text can't be blank");
    if (countableLength(input.text, input.spoilerText ?? status.spoilerText) > LIMITS.maxCharacters) throw invalid(`Text character limit of ${LIMITS.maxCharacters} exceeded`);
    if (mediaIds.length > LIMITS.maxMediaAttachments) throw invalid('Media attachments too many');
    const poll = input.poll === undefined ? status.poll : input.poll;
    if (mediaIds.length > 0 && poll) throw invalid('Poll and media attachments cannot be used together');
    const at = this.ctx.nowMs();
    if (status.revisions.length === 0) status.revisions.push(revisionOf(this.store, status, status.createdAt));
    attachMedia(this.store, status, mediaIds, at, input.mediaAttributes);
    if (input.poll !== undefined) this.replacePoll(status, input.poll, at);
    if (input.language !== undefined) status.language = input.language;
    if (input.quoteApprovalPolicy !== undefined) status.quoteApprovalPolicy = input.quoteApprovalPolicy;
    const composed = composeHtml(input.text, this.ctx.origin, (acct) => this.store.findByAcct(acct, this.ctx.domain), (a) => profileUrl(this.ctx, a));
    status.text = input.text;
    status.spoilerText = input.spoilerText ?? status.spoilerText;
    status.sensitive = input.sensitive ?? (status.sensitive || status.spoilerText !== '');
    status.tags = composed.tags;
    status.mentionIds = composed.mentions.map((a) => a.id);
    status.card = cardFor(composed.firstLink);
    status.editedAt = at;
    status.revisions.push(revisionOf(this.store, status, at));
    for (const id of status.reblogIds) {
      const boost = this.store.statuses.get(id);
      if (boost) this.notify(boost.accountId, 'update', status.accountId, status.id, at);
    }
    this.store.emit({ kind: 'status.update', status });
    return status;
  }

  /** Favourites (idempotently) and notifies the author. */
  favourite(account: AccountRecord, status: StatusRecord, at = this.ctx.nowMs()): void {
    if (status.favouritedBy.has(account.id)) return;
    status.favouritedBy.add(account.id);
    this.store.marks('favourites', account.id).push({ id: this.store.ids.next(at), statusId: status.id });
    this.notify(status.accountId, 'favourite', account.id, status.id, at);
  }

  /** Removes a favourite or bookmark. */
  unmark(kind: 'favourites' | 'bookmarks', account: AccountRecord, status: StatusRecord): void {
    (kind === 'favourites' ? status.favouritedBy : status.bookmarkedBy).delete(account.id);
    const marks = this.store.marks(kind, account.id);
    const at = marks.findIndex((m) => m.statusId === status.id);
    if (at >= 0) marks.splice(at, 1);
  }

  /** Bookmarks (idempotently). */
  bookmark(account: AccountRecord, status: StatusRecord): void {
    if (status.bookmarkedBy.has(account.id)) return;
    status.bookmarkedBy.add(account.id);
    this.store.marks('bookmarks', account.id).push({ id: this.store.ids.next(this.ctx.nowMs()), statusId: status.id });
  }

  /** Boosts (returns the existing boost if already boosted), notifies and streams. */
  reblog(account: AccountRecord, original: StatusRecord, options: { at?: number; emit?: boolean } = {}): StatusRecord {
    if (original.visibility === 'private' || original.visibility === 'direct') throw invalid('Reblog of private status is not allowed');
    const existing = original.reblogIds.map((id) => this.store.statuses.get(id)).find((s) => s?.accountId === account.id);
    if (existing) return existing;
    const at = options.at ?? this.ctx.nowMs();
    const boost: StatusRecord = {
      ...original,
      id: this.store.ids.next(at),
      accountId: account.id,
      createdAt: at,
      text: '',
      remoteHtml: null,
      spoilerText: '',
      inReplyToId: null,
      inReplyToAccountId: null,
      reblogOfId: original.id,
      ...blankStatusParts(),
    };
    this.store.indexStatus(boost);
    original.reblogIds.push(boost.id);
    account.statusesCount += 1;
    this.notify(original.accountId, 'reblog', account.id, original.id, at);
    if (options.emit !== false) this.store.emit({ kind: 'update', status: boost });
    return boost;
  }

  /** Follows and notifies. */
  follow(account: AccountRecord, target: AccountRecord): void {
    const at = this.ctx.nowMs();
    if (this.store.addFollow(account.id, target.id, at)) this.notify(target.id, 'follow', account.id, null, at);
  }

  /** Votes in a poll, validating like Mastodon. */
  vote(account: AccountRecord, poll: PollRecord, choices: number[]): void {
    if (poll.expiresAt !== null && poll.expiresAt <= this.ctx.nowMs()) throw invalid('The poll has already ended');
    if (poll.voters.has(account.id)) throw invalid('You have already voted on this poll');
    if (choices.length === 0 || choices.some((c) => !Number.isInteger(c) || c < 0 || c >= poll.options.length)) throw invalid('Choices are invalid');
    if (!poll.multiple && choices.length > 1) throw invalid('You can only vote once on this poll');
    const unique = [...new Set(choices)];
    for (const c of unique) {
      const option = poll.options[c];
      if (option) option.votes += 1;
    }
    poll.voters.set(account.id, unique);
  }
}
