import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { mastodon } from 'masto';
import { describe, expect, it, vi } from 'vitest';
import { NotificationsView } from '../../../../renderer/features/notifications/NotificationsView';
import { installFakeBridge } from '../fakeBridge';
import { account, status } from '../timelines/fixtures';

const me = 'me@social.example';
const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };

const notification = (id: string, type: string, overrides: Partial<mastodon.v1.Notification> = {}) =>
  ({ id, type, createdAt: '2025-03-01T10:00:00.000Z', account: account({ id: `a${id}`, displayName: `Person ${id}` }), groupKey: id, ...overrides }) as mastodon.v1.Notification;

const items = [notification('3', 'follow'), notification('2', 'favourite', { status: status('9') }), notification('1', 'mention', { status: status('8') })];

function setup() {
  installFakeBridge({
    callMastodon: (input) => {
      const { path, params } = input as { path: string[]; params?: { types?: string[] } };
      if (path.join('.') === 'v1.notifications.list') return { ok: true, value: { data: items.filter((item) => !params?.types || params.types.includes(item.type)) } };
      return { ok: true, value: { data: {} } };
    },
    subscribeStream: () => ({ ok: true, value: { subscriptionId: 'n-1' } }),
    unsubscribeStream: () => ({ ok: true, value: { done: true } }),
  });
  render(<NotificationsView accountId={me} title="Notifications" {...callbacks} />);
}

describe('notifications with the keyboard', () => {
  it('moves between the tabs with the arrow keys, showing each, as one Tab stop', async () => {
    setup();
    const all = screen.getByRole('tab', { name: 'All' });
    expect(all).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'Mentions' })).toHaveAttribute('tabindex', '-1');
    all.focus();
    await userEvent.keyboard('{ArrowRight}');
    const mentions = screen.getByRole('tab', { name: 'Mentions' });
    expect(mentions).toHaveFocus();
    expect(mentions).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Mentions');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Follows' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(all).toHaveFocus();
    expect(all).toHaveAttribute('aria-selected', 'true');
  });

  it('lets a follow row take focus with j, and opens the person’s profile with Enter', async () => {
    setup();
    const follow = await screen.findByRole('article', { name: 'Person 3 followed you' });
    expect(follow).toHaveAttribute('tabindex', '0');
    follow.focus();
    fireEvent.keyDown(follow, { key: 'Enter' });
    expect(callbacks.onOpenAccount).toHaveBeenCalledWith('a3');
    fireEvent.keyDown(follow, { key: 'j' });
    const favourite = screen.getByRole('article', { name: 'Person 2 favourited your post' });
    expect(favourite).toHaveFocus();
    // On a reaction, p opens the profile of who reacted, not your own.
    fireEvent.keyDown(favourite, { key: 'p' });
    expect(callbacks.onOpenAccount).toHaveBeenLastCalledWith('a2');
  });
});
