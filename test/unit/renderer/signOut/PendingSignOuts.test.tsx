import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PendingSignOuts } from '../../../../renderer/features/signOut/PendingSignOuts';
import { useAtrium } from '../../../../renderer/store/store';
import type { AccountSummary } from '../../../../shared/domain';
import { installFakeBridge } from '../fakeBridge';

const alice: AccountSummary = {
  id: '1@social.example',
  instanceUrl: 'https://social.example',
  acct: 'alice',
  displayName: 'Alice',
  avatar: '',
  color: '#0072b2',
  needsSignIn: false,
  signOutPending: true,
};

/** A main process whose server answers the revocation after `failures` refusals. */
function mainThatRevokesAfter(failures: number) {
  let left = failures;
  let listed = [alice];
  const bridge = installFakeBridge({
    signOut: () => {
      if (left-- > 0) return { ok: true, value: { revoked: false } };
      listed = [];
      return { ok: true, value: { revoked: true } };
    },
    forgetAccount: () => {
      listed = [];
      return { ok: true, value: { done: true } };
    },
    listAccounts: () => ({ ok: true, value: { accounts: listed, activeId: null } }),
  });
  useAtrium.setState({ pendingSignOuts: [alice] });
  return bridge;
}

describe('a sign-out the server has not heard about', () => {
  it('says the sign-in still works on the server, retries, and announces when it is over', async () => {
    const bridge = mainThatRevokesAfter(1);
    render(<PendingSignOuts />);
    expect(screen.getByRole('heading', { name: 'Signed out of @alice@social.example here, but not on the server yet' })).toBeInTheDocument();
    expect(screen.getByText(/social\.example has not confirmed that this sign-in is over/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try signing out again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('social.example still has not confirmed it.');
    expect(screen.getByRole('heading', { name: /Signed out of @alice/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try signing out again' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Signed out of @alice@social.example, here and on the server.');
    expect(screen.queryByRole('heading', { name: /Signed out of @alice/ })).not.toBeInTheDocument();
    // Focus does not fall to the page's start with the button that went away.
    expect(document.activeElement).not.toBe(document.body);
    expect(bridge.invoke.mock.calls.filter(([name]) => name === 'signOut')).toHaveLength(2);
  });

  it('forgets it on this computer when asked, and says where to end it for good', async () => {
    const bridge = mainThatRevokesAfter(Infinity);
    render(<PendingSignOuts />);
    await userEvent.click(screen.getByRole('button', { name: 'Forget it on this computer' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/forgot @alice@social\.example on this computer\. That sign-in still works until you remove Atrium/);
    expect(screen.queryByRole('heading', { name: /Signed out of @alice/ })).not.toBeInTheDocument();
    expect(bridge.invoke).toHaveBeenCalledWith('forgetAccount', { accountId: alice.id });
  });
});
