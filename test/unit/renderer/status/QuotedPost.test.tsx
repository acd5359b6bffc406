import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { mastodon } from 'masto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusCard } from '../../../../renderer/components/status/StatusCard';
import { useAtrium } from '../../../../renderer/store/store';
import { account, status } from '../timelines/fixtures';

const me = 'me@social.example';
const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn(), onQuote: vi.fn() };

function show(post: mastodon.v1.Status) {
  useAtrium.getState().upsertStatuses([post]);
  return render(<StatusCard accountId={me} statusId={post.id} {...callbacks} />);
}

const quoting = (quote: mastodon.v1.Status['quote']) =>
  status('10', { content: '<p>Worth a read</p><p class="quote-inline">RE: <a href="https://social.example/@bo/3">link</a></p>', quote });

beforeEach(() => {
  useAtrium.setState({
    accounts: [{ id: me, instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false }],
    activeAccountId: me,
  });
});

describe('a quote in the post card', () => {
  it('shows the quoted post inside, opens it, and hides the "RE:" line meant for other apps', async () => {
    const quoted = status('3', { account: account({ id: '5', acct: 'bo', displayName: 'Bo Li' }), content: '<p>The original words</p>' });
    show(quoting({ state: 'accepted', quotedStatus: quoted }));
    const figure = screen.getByRole('figure', { name: 'Quoted post' });
    expect(figure).toHaveTextContent('Bo Li');
    expect(figure).toHaveTextContent('The original words');
    await userEvent.click(within(figure).getByRole('button', { name: 'Open the quoted post' }));
    expect(callbacks.onOpenStatus).toHaveBeenCalledWith('3');
    expect(screen.getByText(/RE:/).closest('.quote-inline')).not.toBeNull();
  });

  it.each([
    ['pending', 'The quoted post is waiting for its author’s approval.'],
    ['rejected', 'The author of the quoted post did not allow this quote.'],
    ['revoked', 'The author of the quoted post did not allow this quote.'],
    ['deleted', 'The quoted post was removed.'],
    ['blocked_account', 'The quoted post is not available.'],
    ['something_new', 'The quoted post is not available.'],
  ])('says plainly why a %s quote shows no post', (state, sentence) => {
    show(quoting({ state: state as mastodon.v1.QuoteState, quotedStatus: null }));
    expect(screen.getByText(sentence)).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('offers to open a quote the server sent only by id', async () => {
    show(quoting({ state: 'accepted', quotedStatusId: '3' }));
    await userEvent.click(screen.getByRole('button', { name: 'Open the quoted post' }));
    expect(callbacks.onOpenStatus).toHaveBeenCalledWith('3');
  });

  it('offers Quote in the menu only where the server knows quotes and allows this one', async () => {
    const quotable = status('20', { quoteApproval: { automatic: ['public'], manual: [], currentUser: 'automatic' } });
    const { unmount } = show(quotable);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Quote' }));
    expect(callbacks.onQuote).toHaveBeenCalledWith(expect.objectContaining({ id: '20' }));
    unmount();
    show(status('21', { quoteApproval: { automatic: [], manual: [], currentUser: 'denied' } }));
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    await screen.findByRole('menuitem', { name: 'Copy link' });
    expect(screen.queryByRole('menuitem', { name: 'Quote' })).not.toBeInTheDocument();
  });
});
