import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { mastodon } from 'masto';
import { describe, expect, it, vi } from 'vitest';
import { groupNotifications, storeNotification } from '../../../../renderer/features/notifications/notificationLogic';
import { selectUnreadNotificationCount } from '../../../../renderer/features/notifications/notificationSlice';
import { NotificationsView } from '../../../../renderer/features/notifications/NotificationsView';
import { useAtrium } from '../../../../renderer/store/store';
import { installFakeBridge } from '../fakeBridge';
import { account, status } from '../timelines/fixtures';

const me = 'me@social.example';
const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };

const notification = (id: string, type: string, overrides: Partial<mastodon.v1.Notification> = {}) =>
  ({ id, type, createdAt: '2025-03-01T10:00:00.000Z', account: account({ id: `a${id}`, displayName: `Person ${id}` }), groupKey: id, ...overrides }) as mastodon.v1.Notification;

function setup(items: mastodon.v1.Notification[]) {
  return installFakeBridge({
    callMastodon: (input) => {
      const { path, params } = input as { path: string[]; params?: { types?: string[] } };
      const key = path.join('.');
      if (key === 'v1.notifications.list') {
        return { ok: true, value: { data: items.filter((item) => !params?.types || params.types.includes(item.type)) } };
      }
      if (key === 'v1.markers.fetch') return { ok: true, value: { data: { notifications: { lastReadId: '1', version: 1, updatedAt: '' } } } };
      return { ok: true, value: { data: {} } };
    },
    subscribeStream: () => ({ ok: true, value: { subscriptionId: 'n-1' } }),
    unsubscribeStream: () => ({ ok: true, value: { done: true } }),
  });
}

describe('notifications', () => {
  it('folds several favourites of one post into one row', () => {
    const rows = groupNotifications(
      [notification('3', 'favourite', { status: status('9') }), notification('2', 'favourite', { status: status('9') }), notification('1', 'mention', { status: status('8') })].map(storeNotification),
    );
    expect(rows.map((row) => [row.type, row.accounts.length])).toEqual([['favourite', 2], ['mention', 1]]);
  });

  it('shows each type in words, filters by tab, and keeps streamed ones behind the button', async () => {
    const bridge = setup([
      notification('4', 'follow'),
      notification('3', 'favourite', { status: status('9', { content: '<p>My post</p>' }) }),
      notification('2', 'admin.sign_up'),
      notification('1', 'mention', { status: status('8', { content: '<p>Hi @me</p>' }) }),
    ]);
    render(<NotificationsView accountId={me} title="Notifications" {...callbacks} />);
    expect(await screen.findByRole('article', { name: 'Person 4 followed you' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Person 3 favourited your post' })).toHaveTextContent('My post');
    expect(screen.getByRole('article', { name: 'Person 2 signed up' })).toBeInTheDocument();
    expect(screen.getByText('Hi @me')).toBeInTheDocument();

    act(() => bridge.emit('streamEvent', { subscriptionId: 'n-1', event: 'notification', payload: { id: '5', type: 'reblog', createdAt: '2025-03-02T00:00:00Z', account: { id: 'a5', username: 'cy', acct: 'cy', displayName: 'Cy' }, status: { ...status('9'), createdAt: '2025-03-01T10:00:00Z' } } }));
    expect(screen.queryByRole('article', { name: 'Cy boosted your post' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '1 new notification' }));
    expect(screen.getByRole('article', { name: 'Cy boosted your post' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Mentions' }));
    expect(await screen.findByText('Hi @me')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /followed you/ })).not.toBeInTheDocument();
  });

  it('counts unread notifications after the marker for the rail', async () => {
    setup([notification('3', 'follow'), notification('2', 'follow'), notification('1', 'follow')]);
    await useAtrium.getState().loadNotifications(me, 'all');
    await useAtrium.getState().loadNotificationMarker(me);
    expect(selectUnreadNotificationCount(me)(useAtrium.getState())).toBe(2);
    await useAtrium.getState().markNotificationsRead(me);
    expect(selectUnreadNotificationCount(me)(useAtrium.getState())).toBe(0);
  });
});
