import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ProfilePanel } from '../../../../renderer/features/people/ProfilePanel';
import { useAtrium } from '../../../../renderer/store/store';
import { loadLazyStrings } from '../../../../renderer/i18n/i18n';
import { account, failure, installMasto, page, status } from '../timelines/fixtures';

// The view's strings load with it in the app; here, before the tests.
beforeAll(() => loadLazyStrings('people'));

const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };
const colleague = account({
  id: '42',
  acct: 'ana',
  username: 'ana',
  displayName: 'Ana Ruiz',
  note: '<p>Design systems</p>',
  header: 'https://social.example/headers/ana.png',
  fields: [
    { name: 'Team', value: 'Platform', verifiedAt: null },
    { name: 'Website', value: '<a href="https://ana.example.org" rel="me">ana.example.org</a>', verifiedAt: '2026-11-20T10:00:00.000Z' },
  ],
  statusesCount: 1234,
  followersCount: 1,
});
const relationship = (overrides: Record<string, unknown> = {}) => ({ id: '42', following: false, requested: false, notifying: false, muting: false, blocking: false, followedBy: false, note: '', ...overrides });

/** Everything a profile asks for, answered; override what a test is about. */
function profileRoutes(overrides: Record<string, (params: Record<string, unknown> | undefined) => unknown> = {}) {
  return installMasto({
    'v1.accounts.$select.fetch': () => colleague,
    'v1.accounts.lookup': () => colleague,
    'v1.accounts.relationships.fetch': () => [relationship()],
    'v1.accounts.familiarFollowers.fetch': () => [{ id: '42', accounts: [account({ id: '7', displayName: 'Ben Ito' }), account({ id: '8', displayName: 'Chloé Martin' }), account({ id: '9', displayName: 'Dev Rao' })] }],
    'v1.accounts.$select.endorsements.list': () => page([account({ id: '11', acct: 'lee', displayName: 'Lee Park' })]),
    'v1.accounts.$select.featuredTags.list': () => page([{ id: '1', name: 'design', url: 'https://social.example/@ana/tagged/design', statusesCount: 3, lastStatusAt: '2026-11-01' }]),
    'v1.accounts.$select.statuses.list': (params) => (params?.['pinned'] ? page([status('900', { content: '<p>Pinned checklist</p>' })]) : page([status('901', { content: '<p>Latest post</p>' })])),
    ...overrides,
  });
}

const show = (idOrAcct = '42') => render(<ProfilePanel accountId="me" idOrAcct={idOrAcct} callbacks={callbacks} />);

describe('a profile in the side panel', () => {
  it('shows who they are: marks, verified link, counts, familiar and featured people, pinned and recent posts', async () => {
    const bridge = profileRoutes();
    show('ana');
    const name = await screen.findByRole('heading', { name: 'Ana Ruiz' });
    expect(name).toHaveFocus();
    expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', expect.objectContaining({ path: ['v1', 'accounts', 'lookup'], params: { acct: 'ana' } }));
    expect(within(name.parentElement as HTMLElement).getByText('Colleague')).toBeInTheDocument();
    expect(screen.getByText('Design systems')).toBeInTheDocument();
    expect(screen.getByText('Verified link')).toBeInTheDocument();
    expect(screen.getByText('1,234 posts')).toBeInTheDocument();
    expect(screen.getByText('1 follower')).toBeInTheDocument();
    expect(screen.getByText('Joined January 2024')).toBeInTheDocument();
    expect(await screen.findByText('Followed by Ben Ito, Chloé Martin and 1 other person you follow')).toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('region', { name: 'Featured people' })).getByRole('button', { name: /Lee Park/ }));
    expect(callbacks.onOpenAccount).toHaveBeenCalledWith('11');
    await userEvent.click(screen.getByRole('button', { name: 'design' }));
    expect(callbacks.onOpenTag).toHaveBeenCalledWith('design');
    const feed = await screen.findByRole('feed', { name: 'Posts by Ana Ruiz' });
    expect(await within(feed).findByText('Latest post')).toBeInTheDocument();
    expect(within(feed).getByText('Pinned checklist')).toBeInTheDocument();
    // The Posts tab leaves replies out, as a profile's first tab does.
    expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', expect.objectContaining({ params: expect.objectContaining({ excludeReplies: true }) }));
  });

  it('marks an official colleague once, as Official', async () => {
    const official = { ...colleague, bot: true };
    profileRoutes({ 'v1.accounts.$select.fetch': () => official, 'v1.accounts.lookup': () => official });
    show('ana');
    const name = await screen.findByRole('heading', { name: 'Ana Ruiz' });
    const marks = within(name.parentElement as HTMLElement);
    expect(marks.getByText('Official')).toBeInTheDocument();
    expect(marks.queryByText('Colleague')).not.toBeInTheDocument();
  });

  it('has a real tablist: arrows move between tabs and show followers', async () => {
    profileRoutes({ 'v1.accounts.$select.followers.list': () => page([account({ id: '55', acct: 'zoe', displayName: 'Zoe Kim' })]) });
    show();
    const posts = await screen.findByRole('tab', { name: 'Posts' });
    expect(posts).toHaveAttribute('aria-selected', 'true');
    posts.focus();
    await userEvent.keyboard('{End}{ArrowLeft}');
    const followers = screen.getByRole('tab', { name: 'Followers' });
    expect(followers).toHaveFocus();
    expect(followers).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Followers' });
    await userEvent.click(await within(panel).findByRole('button', { name: /Zoe Kim/ }));
    expect(callbacks.onOpenAccount).toHaveBeenCalledWith('55');
  });

  it('follows, rings the bell, and asks before blocking', async () => {
    const follow = vi.fn((params: Record<string, unknown> | undefined) => relationship({ following: true, notifying: params?.['notify'] === true }));
    const block = vi.fn(() => relationship({ blocking: true }));
    profileRoutes({ 'v1.accounts.$select.follow': follow, 'v1.accounts.$select.block': block });
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Follow' }));
    expect(await screen.findByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('You follow Ana Ruiz.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Notify me when Ana Ruiz posts' }));
    expect(await screen.findByRole('button', { name: 'Notify me when Ana Ruiz posts' })).toHaveAttribute('aria-pressed', 'true');
    expect(follow).toHaveBeenLastCalledWith({ notify: true });

    await userEvent.click(screen.getByRole('button', { name: 'More for Ana Ruiz' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Block Ana Ruiz' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Block Ana Ruiz?' });
    expect(block).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Block' }));
    expect(await screen.findByText('You block Ana Ruiz.')).toBeInTheDocument();
    expect(block).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: /^Follow/ })).not.toBeInTheDocument();
  });

  it('says why a change was refused', async () => {
    profileRoutes({
      'v1.accounts.$select.follow': () => {
        throw failure('rejected', 'social.example refused this.');
      },
    });
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Follow' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('social.example refused this.');
    expect(screen.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('saves the private note when leaving the field, and says so', async () => {
    const note = vi.fn((params: Record<string, unknown> | undefined) => relationship({ note: params?.['comment'] }));
    profileRoutes({ 'v1.accounts.$select.note.create': note });
    show();
    const field = await screen.findByRole('textbox', { name: 'Private note' });
    await userEvent.type(field, 'Met at the offsite');
    expect(note).not.toHaveBeenCalled();
    await userEvent.tab();
    expect(await screen.findByText('Note saved.')).toBeInTheDocument();
    expect(note).toHaveBeenCalledWith({ comment: 'Met at the offsite' });
  });

  it('points a moved account to the new one, with a Follow button for it', async () => {
    const fresh = account({ id: '77', acct: 'sam_rivers', username: 'sam_rivers', displayName: 'Sam Rivers' });
    const follow = vi.fn(() => ({ id: '77', following: true, requested: false }));
    profileRoutes({
      'v1.accounts.$select.fetch': () => account({ id: '42', acct: 'srivers', username: 'srivers', displayName: 'Sam Rivers', moved: fresh }),
      'v1.accounts.relationships.fetch': (params) => [relationship({ id: (params?.['id'] as string[])[0], following: (params?.['id'] as string[])[0] === '42' })],
      'v1.accounts.$select.follow': follow,
    });
    show();
    const notice = await screen.findByRole('region', { name: 'Moved account' });
    expect(notice).toHaveTextContent('Sam Rivers has moved to a new account:');
    expect(notice).toHaveTextContent('@sam_rivers');
    // The old account offers no Follow of its own: only the new one can be followed.
    expect(screen.getAllByRole('button', { name: 'Follow' })).toHaveLength(1);
    await userEvent.click(within(notice).getByRole('button', { name: 'Follow' }));
    expect(await within(notice).findByRole('button', { name: 'Following' })).toBeInTheDocument();
    expect(follow).toHaveBeenCalledTimes(1);
    expect(useAtrium.getState().profiles['me|42']?.account?.moved?.id).toBe('77');
  });

  it('says plainly when the profile cannot be found, and retries', async () => {
    let found = false;
    profileRoutes({
      'v1.accounts.lookup': () => {
        if (!found) throw failure('not_found', 'social.example could not find this.');
        return colleague;
      },
    });
    show('nobody@elsewhere.example');
    expect(await screen.findByRole('alert')).toHaveTextContent('This profile could not be loaded. social.example could not find this.');
    found = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Ana Ruiz' })).toBeInTheDocument();
  });

  it('gives focus back to what opened it when it closes', async () => {
    profileRoutes();
    const { rerender } = render(<button type="button">Ana Ruiz in a post</button>);
    const opener = screen.getByRole('button', { name: 'Ana Ruiz in a post' });
    opener.focus();
    rerender(
      <>
        <button type="button">Ana Ruiz in a post</button>
        <ProfilePanel accountId="me" idOrAcct="42" callbacks={callbacks} />
      </>,
    );
    expect(await screen.findByRole('heading', { name: 'Ana Ruiz' })).toHaveFocus();
    rerender(<button type="button">Ana Ruiz in a post</button>);
    expect(screen.getByRole('button', { name: 'Ana Ruiz in a post' })).toHaveFocus();
  });
});
