import type { FastifyInstance } from 'fastify';
import type { NotificationRecord } from '../core/model';
import type { Api } from '../http/api';
import { strings } from '../http/params';
import { renderAccount } from '../render/account';
import { iso } from '../render/context';
import { renderStatus } from '../render/status';
import { notificationFilter } from './notifications';

/** The types Mastodon folds into one group when the client does not say (`grouped_types`). */
const DEFAULT_GROUPED = ['favourite', 'follow', 'reblog'];
/** Mastodon shows at most this many accounts of a group. */
const SAMPLE_ACCOUNTS = 8;

interface Group {
  key: string;
  items: NotificationRecord[];
}

/**
 * `GET /api/v2/notifications` (Mastodon 4.3+): one page of notifications, folded into groups: favourites and boosts
 * of one post, and follows, become one group each; everything else a group of its own (`ungrouped-<id>`).
 * Pages are cut on notification ids, like v1, so `max_id`/`min_id` and the `Link` header work the same way.
 */
export const groupedNotificationRoutes = (app: FastifyInstance, api: Api): void => {
  if (!api.settings.profile.groupedNotifications) return;
  const { store, ctx } = api;

  app.get('/api/v2/notifications', async (req, reply) => {
    const me = api.user(req, 'read:notifications');
    const p = api.params(req);
    const groupedTypes = p['grouped_types'] === undefined ? DEFAULT_GROUPED : strings(p, 'grouped_types');
    const page = api.page(req, reply, store.notifications.get(me.id) ?? [], (n) => n.id, [40, 80], notificationFilter(p, store));
    const groups = new Map<string, Group>();
    for (const n of page) {
      const key = groupedTypes.includes(n.type) ? `${n.type}-${n.statusId ?? 'you'}` : `ungrouped-${n.id}`;
      const group = groups.get(key) ?? { key, items: [] };
      group.items.push(n);
      groups.set(key, group);
    }
    const accountIds = new Set<string>();
    const statusIds = new Set<string>();
    const notificationGroups = [...groups.values()].map(({ key, items }) => {
      const newest = items[0] as NotificationRecord;
      const sample = [...new Set(items.map((n) => n.fromAccountId))].slice(0, SAMPLE_ACCOUNTS);
      for (const id of sample) accountIds.add(id);
      if (newest.statusId) statusIds.add(newest.statusId);
      return {
        group_key: key,
        notifications_count: items.length,
        type: newest.type,
        // Mastodon sends this one id as a JSON number (its documentation's example too), unlike every other id:
        // a client should page with `page_max_id`, which stays a string.
        most_recent_notification_id: Number(newest.id),
        page_min_id: (items.at(-1) as NotificationRecord).id,
        page_max_id: newest.id,
        latest_page_notification_at: iso(newest.createdAt),
        sample_account_ids: sample,
        status_id: newest.statusId,
      };
    });
    return {
      accounts: [...accountIds].flatMap((id) => {
        const account = store.accounts.get(id);
        return account ? [renderAccount(ctx, account)] : [];
      }),
      statuses: [...statusIds].flatMap((id) => {
        const status = store.statuses.get(id);
        return status ? [renderStatus(ctx, status, me.id)] : [];
      }),
      notification_groups: notificationGroups,
    };
  });
};
