import type { StreamHub } from '../api/streamHub';
import type { DesktopNotifier } from './desktopNotifier';

/**
 * Keeps one `user:notification` subscription per signed-in account in main, so desktop
 * notifications arrive whichever view is open, and none for accounts that signed out.
 */
export class NotificationStreams {
  private readonly subscriptions = new Map<string, string>();

  constructor(
    private readonly streams: StreamHub,
    private readonly notifier: DesktopNotifier,
  ) {}

  /** Subscribes new accounts and drops the ones that are gone or need a new sign-in. */
  sync(accountIds: readonly string[]): void {
    for (const [accountId, subscriptionId] of this.subscriptions) {
      if (accountIds.includes(accountId)) continue;
      this.streams.unsubscribe(subscriptionId);
      this.subscriptions.delete(accountId);
    }
    for (const accountId of accountIds) {
      if (this.subscriptions.has(accountId)) continue;
      const id = this.streams.subscribe({ accountId, stream: 'user:notification' }, (event, payload) => this.notifier.handle(event, payload));
      this.subscriptions.set(accountId, id);
    }
  }
}
