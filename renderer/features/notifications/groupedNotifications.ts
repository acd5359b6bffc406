import type { mastodon } from 'masto';
import type { StoredNotification } from './notificationLogic';

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null);

/**
 * Reads one page of `/api/v2/notifications` (masto's camelCased answer) as stored notifications: one per group,
 * named by its newest notification, with the other people of the group beside the first. The page's posts come
 * back apart, for the posts record. A group without a readable id, type or account is left out, never drawn half.
 */
export function readGroupedPage(answer: unknown): { notifications: StoredNotification[]; statuses: mastodon.v1.Status[] } {
  const page = record(answer);
  const accounts = new Map<string, mastodon.v1.Account>();
  for (const account of array(page['accounts'])) {
    const id = text(record(account)['id']);
    if (id) accounts.set(id, account as mastodon.v1.Account);
  }
  const statuses = array(page['statuses']).filter((status): status is mastodon.v1.Status => text(record(status)['id']) !== null);
  const notifications = array(page['notificationGroups']).flatMap((raw): StoredNotification[] => {
    const group = record(raw);
    // `most_recent_notification_id` is a JSON number in Mastodon's answer, too big to stay exact: `page_max_id` is its string.
    const id = text(group['pageMaxId']) ?? text(group['mostRecentNotificationId']);
    const type = text(group['type']);
    const people = array(group['sampleAccountIds']).flatMap((accountId) => accounts.get(String(accountId)) ?? []);
    const [account, ...others] = people;
    if (!id || !type || !account) return [];
    return [
      {
        id,
        type,
        createdAt: text(group['latestPageNotificationAt']) ?? '',
        account,
        statusId: text(group['statusId']),
        ...(others.length > 0 ? { others } : {}),
      },
    ];
  });
  return { notifications, statuses };
}
