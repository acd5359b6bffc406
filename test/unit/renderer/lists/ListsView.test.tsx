import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { mastodon } from 'masto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Columns } from '../../../../renderer/features/shell/Columns';
import { useAtrium } from '../../../../renderer/store/store';
import type { AccountSummary } from '../../../../shared/domain';
import { failure, fakeLayout, installMasto, page, status } from '../timelines/fixtures';

const me: AccountSummary = { id: 'me@social.example', instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false };

const list = (id: string, title: string) => ({ id, title, repliesPolicy: 'list', exclusive: false }) as mastodon.v1.List;
const tag = (name: string) => ({ id: name, name, url: `https://social.example/tags/${name}`, following: true }) as mastodon.v1.Tag;

beforeEach(() => {
  fakeLayout();
  // jsdom has no matchMedia: a narrow window, so only the main column and the side panel show.
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
  useAtrium.setState({ accounts: [me], activeAccountId: me.id, mainView: 'lists' });
});

const showLists = () => render(<Columns account={me} />);

describe('the lists view', () => {
  it('shows a skeleton, then lists and followed hashtags in order, each a button', async () => {
    let answer: (value: unknown) => void = () => undefined;
    installMasto({
      'v1.lists.list': () => new Promise((resolve) => (answer = resolve)),
      'v1.followedTags.list': () => page([tag('release'), tag('accessibility')]),
    });
    showLists();
    expect(await screen.findByRole('status', { name: 'Loading your lists…' })).toBeInTheDocument();
    answer(page([list('2', 'Design team'), list('1', 'Comms')]));
    const lists = await screen.findByRole('region', { name: 'Your lists' });
    expect(within(lists).getAllByRole('button').map((button) => button.textContent)).toEqual(['Comms', 'Design team']);
    const tags = screen.getByRole('region', { name: 'Followed hashtags' });
    expect(within(tags).getAllByRole('button').map((button) => button.textContent)).toEqual(['accessibility', 'release']);
  });

  it('opens a list in the side panel, and a hashtag in its place', async () => {
    const bridge = installMasto({
      'v1.lists.list': () => page([list('7', 'Design team')]),
      'v1.followedTags.list': () => page([tag('release')]),
      'v1.timelines.list.$select.list': () => page([status('42', { content: '<p>From the list</p>' })]),
      'v1.timelines.tag.$select.list': () => page([status('43', { content: '<p>Tagged</p>' })]),
    });
    showLists();
    await userEvent.click(await screen.findByRole('button', { name: 'Design team' }));
    const panel = await screen.findByRole('region', { name: 'List Design team' });
    expect(await within(panel).findByText('From the list')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Design team' })).toHaveAttribute('aria-current', 'true');
    expect(useAtrium.getState().sidePanel).toEqual({ kind: 'list', id: '7', title: 'Design team' });
    expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', expect.objectContaining({ path: ['v1', 'timelines', 'list', { select: '7' }, 'list'] }));

    await userEvent.click(screen.getByRole('button', { name: 'release' }));
    expect(await within(await screen.findByRole('region', { name: 'Hashtag #release' })).findByText('Tagged')).toBeInTheDocument();
  });

  it('says what to do when there are no lists and no followed hashtags', async () => {
    const bridge = installMasto({ 'v1.lists.list': () => page([]), 'v1.followedTags.list': () => page([]) });
    showLists();
    expect(await screen.findByText(/You have no lists yet.*web interface/)).toBeInTheDocument();
    expect(screen.getByText(/You don't follow any hashtags yet/)).toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('region', { name: 'Your lists' })).getByRole('button', { name: 'Open the web interface' }));
    expect(bridge.invoke).toHaveBeenCalledWith('openExternal', { url: 'https://social.example/lists' });
  });

  it('shows the lists anyway when the server has no followed hashtags (404)', async () => {
    installMasto({
      'v1.lists.list': () => page([list('1', 'Comms')]),
      'v1.followedTags.list': () => {
        throw failure('not_found', 'social.example could not find this. It may have been deleted.');
      },
    });
    showLists();
    expect(await screen.findByRole('button', { name: 'Comms' })).toBeInTheDocument();
    expect(screen.getByText('This server does not offer followed hashtags. You can still open any hashtag from a post.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a failure in plain words and retries', async () => {
    let reachable = false;
    const offline = () => {
      if (!reachable) throw failure('network', 'social.example cannot be reached.');
      return page([list('1', 'Comms')]);
    };
    installMasto({ 'v1.lists.list': offline, 'v1.followedTags.list': offline });
    showLists();
    expect(await screen.findByRole('alert')).toHaveTextContent('Your lists and followed hashtags could not be loaded. social.example cannot be reached.');
    reachable = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByRole('button', { name: 'Comms' })).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
