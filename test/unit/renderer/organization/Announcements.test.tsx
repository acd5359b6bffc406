import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { mastodon } from 'masto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Announcements } from '../../../../renderer/features/organization/Announcements';
import { visibleAnnouncements, weeklyUses, withReaction } from '../../../../renderer/features/organization/organizationLogic';
import { loadLazyStrings } from '../../../../renderer/i18n/i18n';
import { failure, installMasto, page } from '../timelines/fixtures';

// The view's strings load with it in the app; here, before the tests.
beforeAll(() => loadLazyStrings('organization'));

const announcement = (id: string, overrides: Record<string, unknown> = {}) =>
  ({ id, content: `<p>Notice ${id}</p>`, publishedAt: `2026-11-2${id}T10:00:00.000Z`, updatedAt: '2026-11-20T10:00:00.000Z', allDay: false, read: false, mentions: [], statuses: [], tags: [], emojis: [], reactions: [], ...overrides }) as unknown as mastodon.v1.Announcement;

describe('announcement rules', () => {
  it('shows unread, readable announcements, newest first', () => {
    expect(visibleAnnouncements([announcement('1'), announcement('3'), announcement('2', { read: true }), { id: 4 }, null]).map((item) => item.id)).toEqual(['3', '1']);
    expect(visibleAnnouncements('nope')).toEqual([]);
  });

  it('adds, takes back and creates reactions without going below zero', () => {
    const base = announcement('1', { reactions: [{ name: '🎉', count: 2, me: false }] });
    expect(withReaction(base, '🎉', true).reactions).toEqual([{ name: '🎉', count: 3, me: true }]);
    expect(withReaction(withReaction(base, '🎉', true), '🎉', false).reactions).toEqual([{ name: '🎉', count: 2, me: false }]);
    expect(withReaction(base, '👍', true).reactions).toEqual([{ name: '🎉', count: 2, me: false }, { name: '👍', count: 1, me: true }]);
    expect(withReaction(withReaction(base, '👍', true), '👍', false).reactions).toEqual([{ name: '🎉', count: 2, me: false }]);
  });

  it('counts a hashtag’s uses over its history, ignoring nonsense', () => {
    expect(weeklyUses({ history: [{ day: '1', uses: '4', accounts: '2' }, { day: '2', uses: '3', accounts: '1' }, { day: '3', uses: 'many', accounts: '1' }] })).toBe(7);
    expect(weeklyUses({ history: undefined as unknown as mastodon.v1.TagHistory[] })).toBe(0);
  });
});

describe('announcements at the top of Home', () => {
  it('shows the newest, reacts, moves to the next and dismisses', async () => {
    const update = vi.fn(() => null);
    const dismiss = vi.fn(() => null);
    installMasto({
      'v1.announcements.list': () => page([announcement('1', { reactions: [{ name: '👍', count: 4, me: false }] }), announcement('2', { reactions: [{ name: '🎉', count: 6, me: false }] })]),
      'v1.announcements.$select.reactions.$select.update': update,
      'v1.announcements.$select.dismiss': dismiss,
    });
    render(
      <div>
        <Announcements accountId="me" />
        <div role="feed" aria-label="Home">
          <article tabIndex={0} aria-label="First post" />
        </div>
      </div>,
    );
    const region = await screen.findByRole('region', { name: 'Announcements from the organization' });
    expect(within(region).getByText('Notice 2')).toBeInTheDocument();
    expect(within(region).getByText('1 of 2')).toBeInTheDocument();
    await userEvent.click(within(region).getByRole('button', { name: '🎉: 6 reactions' }));
    expect(within(region).getByRole('button', { name: '🎉: 7 reactions' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('You reacted with 🎉.')).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);

    await userEvent.click(within(region).getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText('Notice 1')).toBeInTheDocument();
    expect(dismiss).toHaveBeenCalledTimes(1);
    // The last one, from the keyboard: focus moves on to the first post rather than being lost.
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: 'Announcements from the organization' })).not.toBeInTheDocument();
    expect(await screen.findByText('Announcement dismissed.')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole('article', { name: 'First post' })).toHaveFocus());
  });

  it('puts a refused reaction back and says why', async () => {
    installMasto({
      'v1.announcements.list': () => page([announcement('1')]),
      'v1.announcements.$select.reactions.$select.update': () => {
        throw failure('rejected', 'social.example refused this.');
      },
    });
    render(<Announcements accountId="me" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a reaction' }));
    await userEvent.click(screen.getByRole('button', { name: 'React with 👍' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The reaction could not be saved. social.example refused this.');
    expect(screen.queryByRole('button', { name: /👍: 1 reaction/ })).not.toBeInTheDocument();
  });

  it('shows nothing on a server without announcements', async () => {
    const bridge = installMasto({ 'v1.announcements.list': () => Promise.reject(failure('not_found', 'Not here.')) });
    render(<Announcements accountId="me" />);
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalled());
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
