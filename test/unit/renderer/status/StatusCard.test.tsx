import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { mastodon } from 'masto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusCard } from '../../../../renderer/components/status/StatusCard';
import { useAtrium } from '../../../../renderer/store/store';
import { account, installMasto, status } from '../timelines/fixtures';

const me = 'me@social.example';
const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };

function show(post: mastodon.v1.Status) {
  useAtrium.getState().upsertStatuses([post]);
  return render(<StatusCard accountId={me} statusId={post.id} {...callbacks} />);
}

beforeEach(() => {
  // jsdom has no 2D canvas; the blurhash placeholder then keeps its plain background.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  useAtrium.setState({
    accounts: [{ id: me, instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false }],
    activeAccountId: me,
  });
});

describe('the post card', () => {
  it('is an article named by its author and time, with a colleague badge for local accounts', () => {
    show(status('1'));
    const article = screen.getByRole('article');
    expect(article).toHaveAccessibleName(/^Post by Ana Ruiz, /);
    expect(within(article).getByText('@ana')).toBeInTheDocument();
    expect(within(article).getByText('Colleague')).toBeInTheDocument();
    expect(within(article).getByRole('time')).toHaveAttribute('dateTime', '2025-03-01T10:00:00.000Z');
  });

  it('shows the full handle and no colleague badge for people outside, and marks official accounts', () => {
    show(status('1', { account: account({ acct: 'zed@far.example', displayName: 'Zed :blob:', bot: true, emojis: [{ shortcode: 'blob', url: 'https://far.example/blob.png', staticUrl: '', visibleInPicker: true }] }) }));
    expect(screen.getByText('@zed@far.example')).toBeInTheDocument();
    expect(screen.queryByText('Colleague')).not.toBeInTheDocument();
    expect(screen.getByText('Official')).toBeInTheDocument();
    expect(screen.getByAltText(':blob:')).toHaveAttribute('src', 'https://far.example/blob.png');
  });

  it('gives a local official account one badge, Official, on the same line as its name', () => {
    show(status('1', { account: account({ acct: 'news', displayName: 'Northwind News', bot: true }) }));
    expect(screen.getByText('Official')).toBeInTheDocument();
    expect(screen.queryByText('Colleague')).not.toBeInTheDocument();
    expect(screen.getByText('Official').closest('span[title]')?.parentElement).toBe(screen.getByRole('button', { name: 'Northwind News' }).parentElement);
  });

  it('hides a post behind its content warning until revealed', async () => {
    show(status('1', { spoilerText: 'Spoilers for the finale', content: '<p>The butler did it</p>' }));
    expect(screen.queryByText('The butler did it')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show post' }));
    expect(screen.getByText('The butler did it')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide post' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('blurs sensitive media until revealed, then shows it with its description behind ALT', async () => {
    const media = { id: 'm', type: 'image', url: 'https://x/full.png', previewUrl: 'https://x/small.png', description: 'A cat on a keyboard', blurhash: 'LEHV6nWB2yk8pyo0adR*.7kCMdnj' };
    show(status('1', { sensitive: true, mediaAttachments: [media as mastodon.v1.MediaAttachment] }));
    expect(screen.queryByRole('img', { name: 'A cat on a keyboard' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Sensitive content/ }));
    expect(screen.getByRole('img', { name: 'A cat on a keyboard' })).toHaveAttribute('src', 'https://x/small.png');
    await userEvent.click(screen.getByRole('button', { name: 'Show the description of image 1' }));
    expect(screen.getByText('A cat on a keyboard', { selector: 'figcaption' })).toBeInTheDocument();
  });

  it('votes in a poll and then shows the results', async () => {
    const poll = { id: 'p1', expired: false, multiple: false, votesCount: 2, votersCount: 2, voted: false, ownVotes: [], emojis: [], options: [{ title: 'Tea', votesCount: 1, emojis: [] }, { title: 'Coffee', votesCount: 1, emojis: [] }] };
    const bridge = installMasto({ 'v1.polls.$select.votes.create': (params) => ({ ...poll, voted: true, votesCount: 3, votersCount: 3, ownVotes: params?.['choices'], options: [{ title: 'Tea', votesCount: 1, emojis: [] }, { title: 'Coffee', votesCount: 2, emojis: [] }] }) });
    show(status('1', { poll: poll as mastodon.v1.Poll }));
    await userEvent.click(screen.getByRole('radio', { name: 'Coffee' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vote' }));
    expect(await screen.findByRole('list', { name: 'Poll results' })).toHaveTextContent('67%');
    expect(bridge.invoke.mock.calls[0]?.[1]).toMatchObject({ path: ['v1', 'polls', { select: 'p1' }, 'votes', 'create'], params: { choices: [1] } });
  });

  it('renders a post from a server that leaves out newer fields', () => {
    const bare = { id: '7', createdAt: '2024-05-05T05:05:05Z', content: '<p>Old server</p>', visibility: 'public', account: { id: '3', username: 'old', acct: 'old@gts.example', displayName: '', avatar: '' } };
    show(bare as unknown as mastodon.v1.Status);
    expect(screen.getByText('Old server')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveAccessibleName(/^Post by old, /);
  });

  it('favourites at once and says why when the server refuses', async () => {
    installMasto({});
    show(status('1', { favouritesCount: 4 }));
    const favourite = screen.getByRole('button', { name: 'Favourite, 4 favourites' });
    await userEvent.click(favourite);
    expect(favourite).toHaveAttribute('aria-pressed', 'false');
    expect(useAtrium.getState().notices[0]).toMatchObject({ action: 'favourite', detail: 'No route for v1.statuses.$select.favourite' });
  });

  it('shows who boosted, and opens the boosted post when the card is clicked', async () => {
    show(status('2', { account: account({ id: '9', acct: 'bo', displayName: 'Bo' }), reblog: status('1') }));
    expect(screen.getByRole('article')).toHaveAccessibleName(/boosted by Bo$/);
    await userEvent.click(screen.getByText('Post 1'));
    expect(callbacks.onOpenStatus).toHaveBeenCalledWith('1');
  });

  it('asks before deleting your own post', async () => {
    installMasto({ 'v1.statuses.$select.remove': () => status('1') });
    show(status('1', { account: account({ acct: 'me' }) }));
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    expect(useAtrium.getState().statuses['1']).toBeDefined();
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(useAtrium.getState().statuses['1']).toBeUndefined();
  });
});
