import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AccountPanel } from '../../../../renderer/features/shell/AccountPanel';
import { account, failure, installMasto, page } from '../timelines/fixtures';

const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };
const colleague = account({
  id: '42',
  acct: 'ana',
  username: 'ana',
  displayName: 'Ana Ruiz',
  note: '<p>Design systems</p>',
  fields: [{ name: 'Team', value: 'Platform', verifiedAt: null }],
});

describe('a profile in the side panel', () => {
  it('looks up a mention by handle, shows the team fields, and follows', async () => {
    const follow = vi.fn(() => ({ id: '42', following: true, requested: false }));
    const bridge = installMasto({
      'v1.accounts.lookup': () => colleague,
      'v1.accounts.relationships.fetch': () => [{ id: '42', following: false, requested: false }],
      'v1.accounts.$select.follow': follow,
      'v1.accounts.$select.statuses.list': () => page([]),
    });
    render(<AccountPanel accountId="me" idOrAcct="ana" callbacks={callbacks} />);
    expect(await screen.findByRole('heading', { name: 'Ana Ruiz' })).toBeInTheDocument();
    expect(screen.getByText('Colleague')).toBeInTheDocument();
    expect(screen.getByText('Team')).toBeInTheDocument();
    expect(screen.getByText('Platform')).toBeInTheDocument();
    expect(bridge.invoke).toHaveBeenCalledWith('callMastodon', expect.objectContaining({ path: ['v1', 'accounts', 'lookup'], params: { acct: 'ana' } }));

    await userEvent.click(await screen.findByRole('button', { name: 'Follow' }));
    expect(await screen.findByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true');
    expect(follow).toHaveBeenCalledTimes(1);
  });

  it('fetches by id, and says why when following is refused', async () => {
    installMasto({
      'v1.accounts.$select.fetch': () => colleague,
      'v1.accounts.relationships.fetch': () => [{ id: '42', following: false }],
      'v1.accounts.$select.follow': () => {
        throw failure('rejected', 'social.example refused this.');
      },
      'v1.accounts.$select.statuses.list': () => page([]),
    });
    render(<AccountPanel accountId="me" idOrAcct="42" callbacks={callbacks} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Follow' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('social.example refused this.');
    expect(screen.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says plainly when the profile cannot be found', async () => {
    installMasto({ 'v1.accounts.lookup': () => Promise.reject(failure('not_found', 'social.example could not find this.')) });
    render(<AccountPanel accountId="me" idOrAcct="nobody@elsewhere.example" callbacks={callbacks} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not find this');
  });
});
