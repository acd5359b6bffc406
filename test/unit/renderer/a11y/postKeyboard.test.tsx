import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { mastodon } from 'masto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusCard } from '../../../../renderer/components/status/StatusCard';
import { watchPosts } from '../../../../renderer/features/a11y/watchPosts';
import { useAnnouncer } from '../../../../renderer/features/a11y/announcer';
import { useStatusKeyboard } from '../../../../renderer/features/timelines/useStatusKeyboard';
import { useAtrium } from '../../../../renderer/store/store';
import { account, installMasto, status } from '../timelines/fixtures';

const me = 'me@social.example';
const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };
const image = { id: 'm', type: 'image', url: 'https://x/full.png', previewUrl: 'https://x/small.png', description: 'A cat on a keyboard', blurhash: null } as unknown as mastodon.v1.MediaAttachment;

/** Posts in a feed with the keyboard hook, as a timeline holds them. */
function Feed({ ids }: { ids: string[] }) {
  const { onKeyDown } = useStatusKeyboard(me, callbacks);
  return (
    <div role="feed" aria-label="Home" onKeyDown={onKeyDown}>
      {ids.map((id) => (
        <StatusCard key={id} accountId={me} statusId={id} {...callbacks} />
      ))}
    </div>
  );
}

function show(...posts: mastodon.v1.Status[]) {
  useAtrium.getState().upsertStatuses(posts);
  render(<Feed ids={posts.map((post) => post.id)} />);
  return screen.getAllByRole('article');
}

const spoken = () => useAnnouncer.getState().current?.text;

beforeEach(() => {
  vi.clearAllMocks();
  useAnnouncer.setState({ current: null });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  useAtrium.setState({ accounts: [{ id: me, instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false }], activeAccountId: me });
});

describe('a post with the keyboard', () => {
  it('is named by who and when, and described by its text', () => {
    const [article] = show(status('1', { content: '<p>Lunch is on the roof today</p>' }));
    expect(article).toHaveAccessibleName(/^Post by Ana Ruiz, /);
    expect(article).toHaveAccessibleDescription('Lunch is on the roof today');
  });

  it('is described by its warning alone while the warning is closed', () => {
    const [article] = show(status('1', { spoilerText: 'Finale spoilers', content: '<p>The butler did it</p>' }));
    expect(article).toHaveAccessibleDescription('Finale spoilers');
  });

  it('takes three Tab stops: the post, its author, its actions as one toolbar', async () => {
    const [first, second] = show(status('1'), status('2'));
    first!.focus();
    await userEvent.tab();
    expect(within(first!).getByRole('button', { name: 'Ana Ruiz' })).toHaveFocus();
    await userEvent.tab();
    expect(within(first!).getByRole('button', { name: 'Reply' })).toHaveFocus();
    await userEvent.tab();
    expect(second).toHaveFocus();
  });

  it('moves along its actions with the arrow keys, Home and End, and Tab comes back to the last one used', async () => {
    const [first, second] = show(status('1'), status('2'));
    const toolbar = within(first!).getByRole('toolbar', { name: 'Post actions' });
    within(toolbar).getByRole('button', { name: 'Reply' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(toolbar).getByRole('button', { name: 'Boost' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(within(toolbar).getByRole('button', { name: 'More actions' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(toolbar).getByRole('button', { name: 'Reply' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(within(toolbar).getByRole('button', { name: 'Bookmark' })).toHaveFocus();
    // One stop: Tab leaves the toolbar for the next post, Shift+Tab comes back to Bookmark.
    await userEvent.tab();
    expect(second).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(within(toolbar).getByRole('button', { name: 'Bookmark' })).toHaveFocus();
    expect(toolbar.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('opens and closes the content warning with x, and says so', () => {
    const [article] = show(status('1', { spoilerText: 'Finale spoilers', content: '<p>The butler did it</p>' }));
    fireEvent.keyDown(article!, { key: 'x' });
    expect(within(article!).getByText('The butler did it')).toBeInTheDocument();
    expect(spoken()).toBe('Content warning opened');
    fireEvent.keyDown(article!, { key: 'x' });
    expect(within(article!).queryByText('The butler did it')).not.toBeInTheDocument();
    expect(spoken()).toBe('Content warning closed');
  });

  it('leaves x alone on a post without a warning', () => {
    const [article] = show(status('1'));
    expect(fireEvent.keyDown(article!, { key: 'x' })).toBe(true);
    expect(spoken()).toBeUndefined();
  });

  it('hides and shows media with h, a sensitive post’s too, and keeps the choice when the card is drawn again', () => {
    const [article] = show(status('1', { mediaAttachments: [image] }), status('2', { sensitive: true, mediaAttachments: [image] }));
    fireEvent.keyDown(article!, { key: 'h' });
    expect(within(article!).queryByRole('img', { name: 'A cat on a keyboard' })).not.toBeInTheDocument();
    expect(within(article!).getByRole('button', { name: /Media hidden/ })).toBeInTheDocument();
    expect(spoken()).toBe('Media hidden');
    const sensitive = screen.getAllByRole('article')[1]!;
    fireEvent.keyDown(sensitive, { key: 'h' });
    expect(within(sensitive).getByRole('img', { name: 'A cat on a keyboard' })).toBeInTheDocument();
    expect(spoken()).toBe('Media shown');
    // A virtualized list draws the card anew when it scrolls back: the choice holds.
    cleanup();
    render(<Feed ids={['1']} />);
    expect(screen.queryByRole('img', { name: 'A cat on a keyboard' })).not.toBeInTheDocument();
  });

  it('opens the author’s profile with p, the boosted author’s for a boost', () => {
    const [article] = show(status('2', { account: account({ id: '9', acct: 'bo', displayName: 'Bo' }), reblog: status('1', { account: account({ id: '5' }) }) }));
    fireEvent.keyDown(article!, { key: 'p' });
    expect(callbacks.onOpenAccount).toHaveBeenCalledWith('5');
  });

  it('does not take the avatar as a second way to the same profile', () => {
    const [article] = show(status('1'));
    expect(within(article!).queryByRole('button', { name: /profile/i })).not.toBeInTheDocument();
    expect(article!.querySelectorAll('button[tabindex="-1"][aria-hidden="true"]')).toHaveLength(1);
  });

  it('moves on from the last loaded post when older posts arrive, and not once focus has gone elsewhere', async () => {
    useAtrium.getState().upsertStatuses([status('1'), status('2'), status('3'), status('4')]);
    const { rerender } = render(<Feed ids={['1', '2']} />);
    const last = screen.getAllByRole('article')[1]!;
    last.focus();
    fireEvent.keyDown(last, { key: 'j' });
    expect(last).toHaveFocus();
    rerender(<Feed ids={['1', '2', '3']} />);
    const third = screen.getAllByRole('article')[2]!;
    await waitFor(() => expect(third).toHaveFocus());
    fireEvent.keyDown(third, { key: 'PageDown' });
    screen.getAllByRole('article')[0]!.focus();
    rerender(<Feed ids={['1', '2', '3', '4']} />);
    // The observer's answer is a microtask away: let it come before looking.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getAllByRole('article')[0]).toHaveFocus();
  });

  it('gives focus to the next post after a delete, even when the stream took the post away before the server answered', async () => {
    // The server's stream says "deleted" first, as Mastodon's often does, then the answer comes.
    installMasto({ 'v1.statuses.$select.remove': () => (useAtrium.getState().removeStatus('1'), status('1')) });
    show(status('1', { account: account({ acct: 'me' }) }), status('2'));
    // The feed draws nothing for a post gone from the store, as a timeline does.
    const [first] = screen.getAllByRole('article');
    await userEvent.click(within(first!).getByRole('button', { name: 'More actions' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('article')).toHaveFocus());
  });
});

describe('what is inside a post', () => {
  const poll = {
    id: 'p1',
    expiresAt: null,
    expired: false,
    multiple: false,
    votesCount: 0,
    votersCount: 0,
    options: [
      { title: 'Tuesday', votesCount: 0 },
      { title: 'Thursday', votesCount: 0 },
    ],
    emojis: [],
    voted: false,
    ownVotes: [],
  } as unknown as mastodon.v1.Poll;
  const linked = '<p>Agenda in <a href="https://wiki.example/agenda">the wiki</a></p>';
  // As the shell starts it (KeyboardLayer).
  let stopWatching: () => void = () => undefined;
  const nothingInside = vi.fn();
  beforeEach(() => {
    stopWatching = watchPosts(document, nothingInside);
  });
  afterEach(() => stopWatching());

  it('stays out of the feed’s Tab order: links, a content warning, media and a poll cost no stops', async () => {
    const [first, second] = show(
      status('1', { spoilerText: 'Budget', content: linked }),
      status('2', { content: linked, mediaAttachments: [image], poll }),
      status('3'),
    );
    first!.focus();
    await userEvent.tab();
    await userEvent.tab();
    expect(within(first!).getByRole('button', { name: 'Reply' })).toHaveFocus();
    await userEvent.tab();
    expect(second).toHaveFocus();
    await userEvent.tab();
    expect(within(second!).getByRole('button', { name: 'Ana Ruiz' })).toHaveFocus();
    await userEvent.tab();
    expect(within(second!).getByRole('button', { name: 'Reply' })).toHaveFocus();
    // Still there for a screen reader's reading cursor, and for the mouse.
    expect(within(second!).getByRole('link', { name: 'the wiki' })).toHaveAttribute('tabindex', '-1');
    expect(within(second!).getByRole('radio', { name: 'Tuesday' })).toHaveAttribute('tabindex', '-1');
  });

  it('goes in with i: Tab cycles through the whole post, a poll can be voted in, and Escape comes back to the post', async () => {
    const votePoll = vi.fn(() => Promise.resolve(true));
    useAtrium.setState({ votePoll });
    const [article] = show(status('1', { content: linked, poll }));
    article!.focus();
    fireEvent.keyDown(article!, { key: 'i' });
    const link = within(article!).getByRole('link', { name: 'the wiki' });
    await waitFor(() => expect(link).toHaveFocus());
    expect(article).toHaveAttribute('data-inside');
    await userEvent.tab();
    expect(within(article!).getByRole('radio', { name: 'Tuesday' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(article!).getByRole('radio', { name: 'Thursday' })).toBeChecked();
    await userEvent.tab();
    expect(within(article!).getByRole('button', { name: 'Vote' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(votePoll).toHaveBeenCalledWith(me, '1', [1]);
    await userEvent.tab();
    expect(within(article!).getByRole('button', { name: 'Reply' })).toHaveFocus();
    // Round from the last stop to the first, and back.
    await userEvent.tab();
    expect(within(article!).getByRole('button', { name: 'Ana Ruiz' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(within(article!).getByRole('button', { name: 'Reply' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(within(article!).getByRole('button', { name: 'Vote' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(article).toHaveFocus();
    expect(link).toHaveAttribute('tabindex', '-1');
    expect(article).not.toHaveAttribute('data-inside');
  });

  it('takes Escape before the side panel around the post would close on it', async () => {
    const [article] = show(status('1', { content: linked }));
    const panelClosed = vi.fn();
    // A panel listens on its own element (usePanelFocus) and leaves an Escape already handled alone.
    article!.parentElement!.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) panelClosed();
    });
    article!.focus();
    fireEvent.keyDown(article!, { key: 'i' });
    await waitFor(() => expect(within(article!).getByRole('link', { name: 'the wiki' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    expect(article).toHaveFocus();
    expect(panelClosed).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(panelClosed).toHaveBeenCalledTimes(1);
  });

  it('reaches sensitive media from inside the post: Enter on their button shows them', async () => {
    const [article] = show(status('1', { sensitive: true, mediaAttachments: [image] }));
    article!.focus();
    fireEvent.keyDown(article!, { key: 'i' });
    const reveal = within(article!).getByRole('button', { name: /Sensitive/ });
    await waitFor(() => expect(reveal).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    expect(within(article!).getByRole('img', { name: 'A cat on a keyboard' })).toBeInTheDocument();
  });

  it('goes in with F2 too, past a content warning to its button, and says so when there is nothing inside', async () => {
    const [warned, plain] = show(status('1', { spoilerText: 'Budget', content: linked }), status('2', { content: '<p>Lunch</p>' }));
    warned!.focus();
    fireEvent.keyDown(warned!, { key: 'F2' });
    await waitFor(() => expect(within(warned!).getByRole('button', { name: 'Show post' })).toHaveFocus());
    plain!.focus();
    fireEvent.keyDown(plain!, { key: 'i' });
    expect(nothingInside).toHaveBeenCalledTimes(1);
    expect(plain).toHaveFocus();
  });

  it('gives focus back to the post when the control it was on goes away', async () => {
    const [article] = show(status('1', { spoilerText: 'Budget', content: linked }));
    article!.focus();
    fireEvent.keyDown(article!, { key: 'x' });
    fireEvent.keyDown(article!, { key: 'i' });
    await waitFor(() => expect(within(article!).getByRole('button', { name: 'Hide post' })).toHaveFocus());
    await userEvent.tab();
    const link = within(article!).getByRole('link', { name: 'the wiki' });
    expect(link).toHaveFocus();
    // x from inside the post closes its warning, and the link goes with the text.
    fireEvent.keyDown(link, { key: 'x' });
    await waitFor(() => expect(article).toHaveFocus());
  });
});
