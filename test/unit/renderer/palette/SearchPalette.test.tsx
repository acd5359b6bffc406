import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PaletteLauncher } from '../../../../renderer/features/palette/PaletteLauncher';
import { useAtrium } from '../../../../renderer/store/store';
import { loadLazyStrings } from '../../../../renderer/i18n/i18n';
import type { AccountSummary } from '../../../../shared/domain';
import { account, failure, installMasto, page, status } from '../timelines/fixtures';

// The view's strings load with it in the app; here, before the tests.
beforeAll(() => loadLazyStrings('palette'));

const me: AccountSummary = { id: 'me@social.example', instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false };
const other: AccountSummary = { ...me, id: 'comms@social.example', acct: 'comms', displayName: 'Internal Comms' };

beforeEach(() => {
  // jsdom has neither: cmdk measures its list and scrolls the chosen item into view.
  vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  Element.prototype.scrollIntoView = vi.fn();
  useAtrium.setState({ accounts: [me, other], activeAccountId: me.id });
});

function showLauncher() {
  render(
    <>
      <button type="button">Somewhere else</button>
      <PaletteLauncher account={me} />
    </>,
  );
}

describe('the search palette', () => {
  it('opens with Ctrl+K, finds a person as you type, opens them, and gives focus back', async () => {
    const search = vi.fn(() => page({ accounts: [account({ id: '42', acct: 'ana', displayName: 'Ana Ruiz' })], hashtags: [{ name: 'analytics', url: 'https://social.example/tags/analytics' }], statuses: [status('9', { content: '<p>Ana shipped it</p>' })] } as unknown as unknown[]));
    installMasto({ 'v2.search.list': search });
    showLauncher();
    screen.getByRole('button', { name: 'Somewhere else' }).focus();
    await userEvent.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search and commands' });
    const input = within(dialog).getByRole('combobox', { name: 'Search and commands' });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.type(input, 'ana');
    expect(await within(dialog).findByRole('option', { name: /Ana Ruiz/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 person, 1 hashtag, 1 post');
    // Typing settles before the server is asked: one search for "ana", not one per letter.
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith({ q: 'ana', resolve: false, limit: 6 });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Somewhere else' })).toHaveFocus();
    // The choice runs once focus is back, so the profile can take it from there.
    await waitFor(() => expect(useAtrium.getState().sidePanel).toEqual({ kind: 'account', accountId: '42' }));
  });

  it('opens a hashtag, and a post found by its address', async () => {
    installMasto({
      'v2.search.list': (params) =>
        page((params?.['q'] === '#release' ? { accounts: [], hashtags: [{ name: 'release' }], statuses: [] } : { accounts: [], hashtags: [], statuses: [status('77', { content: '<p>Remote post</p>' })] }) as unknown as unknown[]),
    });
    showLauncher();
    await userEvent.click(screen.getByRole('button', { name: 'Search people, hashtags and posts (Ctrl+K)' }));
    const input = await screen.findByRole('combobox');
    await userEvent.type(input, '#release');
    await userEvent.click(await screen.findByRole('option', { name: 'release' }));
    await waitFor(() => expect(useAtrium.getState().sidePanel).toEqual({ kind: 'tag', tag: 'release' }));

    await userEvent.keyboard('{Control>}k{/Control}');
    await userEvent.type(await screen.findByRole('combobox'), 'https://elsewhere.example/@lee/77');
    await userEvent.click(await screen.findByRole('option', { name: /Remote post/ }));
    await waitFor(() => expect(useAtrium.getState().sidePanel).toEqual({ kind: 'thread', statusId: '77' }));
    expect(useAtrium.getState().statuses['77']?.content).toBe('<p>Remote post</p>');
  });

  it('runs commands: go to a view, switch account, compose', async () => {
    const switchAccount = vi.fn(async () => undefined);
    useAtrium.setState({ switchAccount });
    installMasto({ 'v2.search.list': () => page({ accounts: [], hashtags: [], statuses: [] } as unknown as unknown[]) });
    showLauncher();
    await userEvent.keyboard('{Control>}k{/Control}');
    await userEvent.type(await screen.findByRole('combobox'), 'notif');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(useAtrium.getState().mainView).toBe('notifications'));

    await userEvent.keyboard('{Control>}k{/Control}');
    await userEvent.type(await screen.findByRole('combobox'), 'comms');
    await userEvent.click(await screen.findByRole('option', { name: 'Switch to @comms@social.example' }));
    await waitFor(() => expect(switchAccount).toHaveBeenCalledWith('comms@social.example'));

    await userEvent.keyboard('{Control>}k{/Control}');
    await userEvent.type(await screen.findByRole('combobox'), 'new post');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(useAtrium.getState().composerRequest?.intent).toEqual({ kind: 'new' }));
  });

  it('says when search fails, and searches again', async () => {
    let up = false;
    installMasto({
      'v2.search.list': () => {
        if (!up) throw failure('network', 'social.example cannot be reached.');
        return page({ accounts: [account({ id: '5', displayName: 'Lee Park' })], hashtags: [], statuses: [] } as unknown as unknown[]);
      },
    });
    showLauncher();
    await userEvent.keyboard('{Control>}k{/Control}');
    await userEvent.type(await screen.findByRole('combobox'), 'lee');
    expect(await screen.findByText('Search did not work. social.example cannot be reached.')).toBeInTheDocument();
    up = true;
    await userEvent.click(screen.getByRole('button', { name: 'Search again' }));
    expect(await screen.findByRole('option', { name: /Lee Park/ })).toBeInTheDocument();
  });
});
