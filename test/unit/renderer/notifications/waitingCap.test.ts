import type { mastodon } from 'masto';
import { describe, expect, it, vi } from 'vitest';
import { useAtrium } from '../../../../renderer/store/store';
import { selectUnreadNotificationCount, waitingNotifications } from '../../../../renderer/features/notifications/notificationSlice';
import { account, idRange, installMasto, page } from '../timelines/fixtures';

const me = 'me@social.example';
const notification = (id: string): mastodon.v1.Notification =>
  ({ id, type: 'mention', createdAt: '2026-11-01T00:00:00Z', account: account({ id: `a${id}`, acct: `p${id}` }) }) as mastodon.v1.Notification;
const list = () => useAtrium.getState().notificationLists[`${me}|all`];

describe('a flood of notifications while the list is open', () => {
  it('keeps the newest 200 waiting, counts every one, and shows them by reading the newest again', async () => {
    // The server holds 1..300; the list shows 1, then 2..300 stream in (a post gone viral).
    const asked: unknown[] = [];
    installMasto({
      'v1.notifications.list': (params) => {
        asked.push(params);
        return page(idRange(300, 1).slice(0, 40).map(notification));
      },
    });
    useAtrium.setState({
      notificationLists: { [`${me}|all`]: { filter: 'all', items: [notification('1') as never], pending: [], droppedNew: 0, status: 'ready', error: null, older: null, loadingOlder: false } },
    });
    for (let id = 2; id <= 300; id++) useAtrium.getState().receiveNotification(me, notification(String(id)));

    expect(list()?.pending).toHaveLength(200);
    expect(list()?.pending[0]?.id).toBe('300');
    expect(list()?.pending.at(-1)?.id).toBe('101');
    expect(waitingNotifications(list())).toBe(299);
    expect(selectUnreadNotificationCount(me)(useAtrium.getState())).toBe(299);

    // The ones let go are not in memory, so the list starts again from the server's newest.
    useAtrium.getState().showNewNotifications(me, 'all');
    await vi.waitFor(() => expect(list()?.status).toBe('ready'));
    expect(asked).toHaveLength(1);
    expect(list()?.items.map((item) => item.id).slice(0, 2)).toEqual(['300', '299']);
    expect(waitingNotifications(list())).toBe(0);
  });

  it('shows the waiting ones in place when none were let go', () => {
    useAtrium.setState({
      notificationLists: { [`${me}|all`]: { filter: 'all', items: [notification('1') as never], pending: [], droppedNew: 0, status: 'ready', error: null, older: null, loadingOlder: false } },
    });
    for (let id = 2; id <= 4; id++) useAtrium.getState().receiveNotification(me, notification(String(id)));
    useAtrium.getState().showNewNotifications(me, 'all');
    expect(list()?.items.map((item) => item.id)).toEqual(['4', '3', '2', '1']);
    expect(waitingNotifications(list())).toBe(0);
  });
});
