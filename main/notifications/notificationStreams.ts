import { defaultPollPace, Poller, type PollPace } from '../../shared/pollSchedule';
import type { StreamHub } from '../api/streamHub';
import type { DesktopNotifier } from './desktopNotifier';

/** Fetches the account's notifications newer than `minId` (v1, raw masto answers), newest first; all of the newest page without one. */
export type FetchNewerNotifications = (accountId: string, minId: string | undefined) => Promise<ReadonlyArray<{ id: string }>>;

interface Watch {
  subscriptionId: string;
  poller: Poller;
  /** The newest notification seen, so a check asks only for what came after it. */
  newest: string | undefined;
  /** True once `newest` says where things stand (a streamed notification, or a first check). */
  baselined: boolean;
}

/**
 * Keeps one `user` subscription per signed-in account in main, so desktop notifications arrive whichever view
 * is open (the `user` stream carries notifications on every server; `user:notification` is Mastodon's own).
 * While that stream is down or refused, the account's notifications are checked now and then instead.
 */
export class NotificationStreams {
  private readonly watches = new Map<string, Watch>();

  constructor(
    private readonly streams: StreamHub,
    private readonly notifier: DesktopNotifier,
    private readonly fetchNewer?: FetchNewerNotifications,
    private readonly pace: PollPace = defaultPollPace,
  ) {}

  /** Subscribes new accounts and drops the ones that are gone or need a new sign-in. */
  sync(accountIds: readonly string[]): void {
    for (const [accountId, watch] of this.watches) {
      if (accountIds.includes(accountId)) continue;
      this.streams.unsubscribe(watch.subscriptionId);
      watch.poller.stop();
      this.watches.delete(accountId);
    }
    for (const accountId of accountIds) {
      if (this.watches.has(accountId)) continue;
      const watch: Watch = { subscriptionId: '', poller: new Poller(() => this.check(accountId, watch), undefined, this.pace), newest: undefined, baselined: false };
      watch.subscriptionId = this.streams.subscribe(
        { accountId, stream: 'user' },
        (event, payload) => {
          if (event !== 'notification') return;
          const id = (payload as { id?: unknown } | null)?.id;
          if (typeof id === 'string') Object.assign(watch, { newest: id, baselined: true });
          this.notifier.handle(event, payload);
        },
        ({ connected }) => {
          if (connected || !this.fetchNewer) return watch.poller.stop();
          watch.poller.start();
          // Learn at once where things stand, so what arrives before the first check is news.
          if (!watch.baselined) void this.check(accountId, watch).catch(() => undefined);
        },
      );
      this.watches.set(accountId, watch);
    }
  }

  /** One check while the stream is away: every notification newer than the last one seen is shown, oldest first. */
  private async check(accountId: string, watch: Watch): Promise<boolean> {
    if (!this.fetchNewer) return false;
    const first = !watch.baselined;
    const newer = await this.fetchNewer(accountId, first ? undefined : watch.newest);
    watch.newest = newer[0]?.id ?? watch.newest;
    watch.baselined = true;
    // The first check only learns where things stand: what was there before is not news.
    if (first) return false;
    for (const notification of [...newer].reverse()) this.notifier.handle('notification', notification);
    return newer.length > 0;
  }
}
