import { act, render, screen, waitFor, within } from '@testing-library/react';
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

  it('folds reactions to one post even with others between them, keeps posts and types apart, and counts a person once', () => {
    const fav = (id: string, post: string, who = `a${id}`) => notification(id, 'favourite', { status: status(post), account: account({ id: who }) });
    const rows = groupNotifications(
      [
        fav('9', '1'),
        notification('8', 'reblog', { status: status('1') }),
        notification('7', 'mention', { status: status('5') }),
        fav('6', '2'),
        fav('5', '1'),
        fav('4', '1', 'a9'),
        notification('3', 'reblog', { status: status('1') }),
        notification('2', 'follow_request'),
        notification('1', 'follow_request'),
      ].map(storeNotification),
    );
    expect(rows.map((row) => [row.key, row.type, row.accounts.map((a) => a.id)])).toEqual([
      ['9', 'favourite', ['a9', 'a5']],
      ['8', 'reblog', ['a8', 'a3']],
      ['7', 'mention', ['a7']],
      ['6', 'favourite', ['a6']],
      ['2', 'follow_request', ['a2']],
      ['1', 'follow_request', ['a1']],
    ]);
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
    const reaction = screen.getByRole('article', { name: 'Person 3 favourited your post' });
    // A reaction shows one line of the post, as a button that opens it, not the whole card again.
    expect(within(reaction).getByRole('button', { name: 'Open your post: My post' })).toBeInTheDocument();
    expect(within(reaction).queryByRole('button', { name: /favourite/i })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Person 2 signed up' })).toBeInTheDocument();
    const mention = screen.getByRole('article', { name: 'Person 1 mentioned you' });
    expect(mention).toHaveTextContent('mentioned you');
    expect(within(mention).getByText('Hi @me')).toBeInTheDocument();

    act(() => bridge.emit('streamEvent', { subscriptionId: 'n-1', event: 'notification', payload: { id: '5', type: 'reblog', createdAt: '2025-03-02T00:00:00Z', account: { id: 'a5', username: 'cy', acct: 'cy', displayName: 'Cy' }, status: { ...status('9'), createdAt: '2025-03-01T10:00:00Z' } } }));
    expect(screen.queryByRole('article', { name: 'Cy boosted your post' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '1 new notification' }));
    expect(screen.getByRole('article', { name: 'Cy boosted your post' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Mentions' }));
    expect(await screen.findByText('Hi @me')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /followed you/ })).not.toBeInTheDocument();
  });

  it('shows a reacted post by its content warning, never what it hides, and a picture-only post in words', async () => {
    setup([
      notification('2', 'reblog', { status: status('7', { content: '<p>The secret plot</p>', spoilerText: 'Q3 numbers' }) }),
      notification('1', 'favourite', { status: status('6', { content: '', mediaAttachments: [{ id: 'm1', type: 'image' } as mastodon.v1.MediaAttachment] }) }),
    ]);
    render(<NotificationsView accountId={me} title="Notifications" {...callbacks} />);
    const boost = await screen.findByRole('article', { name: 'Person 2 boosted your post' });
    expect(within(boost).getByRole('button', { name: 'Open your post: Q3 numbers' })).toBeInTheDocument();
    expect(boost).not.toHaveTextContent('The secret plot');
    await userEvent.click(screen.getByRole('button', { name: 'Open your post: A post with 1 attachment' }));
    expect(callbacks.onOpenStatus).toHaveBeenCalledWith('6');
  });

  it('accepts a follow request, and keeps it with the reason when the server refuses', async () => {
    const answered: string[] = [];
    let refuse = true;
    installFakeBridge({
      callMastodon: (input) => {
        const { path } = input as { path: (string | { select: string })[] };
        const key = path.map((segment) => (typeof segment === 'string' ? segment : '$select')).join('.');
        if (key === 'v1.notifications.list') return { ok: true, value: { data: [notification('2', 'follow_request'), notification('1', 'follow')] } };
        if (key.startsWith('v1.followRequests')) {
          answered.push(key);
          if (refuse) return { ok: false, error: { code: 'network', message: 'The server could not be reached.' } };
        }
        return { ok: true, value: { data: {} } };
      },
      subscribeStream: () => ({ ok: true, value: { subscriptionId: 'n-1' } }),
      unsubscribeStream: () => ({ ok: true, value: { done: true } }),
    });
    render(<NotificationsView accountId={me} title="Notifications" {...callbacks} />);
    const request = await screen.findByRole('article', { name: 'Person 2 asked to follow you' });
    await userEvent.click(within(request).getByRole('button', { name: "Accept Person 2's follow request" }));
    expect(await within(request).findByRole('alert')).toHaveTextContent('The server could not be reached.');
    refuse = false;
    await userEvent.click(within(request).getByRole('button', { name: "Accept Person 2's follow request" }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Person 2 asked to follow you' })).not.toBeInTheDocument());
    expect(answered).toEqual(['v1.followRequests.$select.authorize', 'v1.followRequests.$select.authorize']);
    // Focus moves to the next row, which takes focus itself, instead of falling back to the page.
    expect(screen.getByRole('article', { name: 'Person 1 followed you' })).toHaveFocus();
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
