import type { StreamHub } from '../api/streamHub';
import { plainText, type DesktopNotification } from '../notifications/desktopNotifier';

/** A scheduled post main watches for: its id and its text as scheduled (plain text). */
export interface WatchedPost {
  id: string;
  text: string;
}

/** The sentences of the notification, by OS language. */
export function publishStrings(locale: string): { title: string } {
  return locale.toLowerCase().startsWith('es') ? { title: 'Tu publicación programada ha salido' } : { title: 'Your scheduled post went out' };
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Tells the person, with a desktop notification, when a scheduled post has gone out. Mastodon
 * marks nothing on the post it publishes, so the desk hands main the scheduled posts it knows
 * (`track`), and main listens to each such account's `user` stream (on the connection the
 * notification stream already holds) for the account's own new post with the same text.
 */
export class PublishWatch {
  private readonly watched = new Map<string, WatchedPost[]>();
  private readonly subscriptions = new Map<string, string>();

  constructor(
    private readonly streams: StreamHub,
    private readonly show: (notification: DesktopNotification) => void,
    private readonly strings: { title: string } = publishStrings('en'),
  ) {}

  /**
   * Starts watching accounts whose queue nobody opened yet this session (at start, or after a
   * sign-in), reading it with `load`; accounts the desk already handed over are left as they are.
   * An account whose queue cannot be read now (offline) is skipped: the desk hands it over when opened.
   */
  async prime(accountIds: readonly string[], load: (accountId: string) => Promise<WatchedPost[]>): Promise<void> {
    await Promise.allSettled(
      accountIds
        .filter((accountId) => !this.watched.has(accountId))
        .map(async (accountId) => {
          const posts = await load(accountId);
          if (!this.watched.has(accountId)) this.track(accountId, posts);
        }),
    );
  }

  /** Replaces what is watched for one account; an empty list stops listening to it. */
  track(accountId: string, posts: readonly WatchedPost[]): void {
    if (posts.length === 0) {
      this.forget(accountId);
      return;
    }
    this.watched.set(accountId, [...posts]);
    if (!this.subscriptions.has(accountId)) {
      this.subscriptions.set(accountId, this.streams.subscribe({ accountId, stream: 'user' }, (event, payload) => this.handle(accountId, event, payload)));
    }
  }

  /** Stops watching an account (signed out). */
  forget(accountId: string): void {
    this.watched.delete(accountId);
    const subscription = this.subscriptions.get(accountId);
    if (subscription) this.streams.unsubscribe(subscription);
    this.subscriptions.delete(accountId);
  }

  private handle(accountId: string, event: string, payload: unknown): void {
    if (event !== 'update' || typeof payload !== 'object' || payload === null) return;
    const status = payload as { account?: { id?: unknown }; content?: unknown; spoilerText?: unknown; id?: unknown };
    // Atrium's account id is `<server account id>@<host>`: only the account's own posts count.
    if (status.account?.id !== accountId.slice(0, accountId.lastIndexOf('@')) || typeof status.content !== 'string') return;
    const posts = this.watched.get(accountId) ?? [];
    const text = squeeze(plainText(status.content, 100_000));
    const match = posts.find((post) => squeeze(post.text) === text);
    if (!match) return;
    this.watched.set(accountId, posts.filter((post) => post !== match));
    const warning = typeof status.spoilerText === 'string' && status.spoilerText ? `⚠ ${status.spoilerText}` : '';
    this.show({ title: this.strings.title, body: warning || plainText(status.content), tag: `published-${String(status.id ?? match.id)}` });
  }
}
