import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/App';
import { AccountSwitcher } from '../../../../renderer/features/shell/AccountSwitcher';
import { useAtrium } from '../../../../renderer/store/store';
import type { AccountSummary, PublicPolicy } from '../../../../shared/domain';
import { installFakeBridge } from '../fakeBridge';

const policy: PublicPolicy = {
  pinnedInstanceUrl: 'https://social.example.org',
  allowOtherInstances: false,
  defaultVisibility: 'public',
  requireAltText: false,
  hideDemo: false,
  accentColor: null,
};
const account = (id: string, instanceUrl: string, extra: Partial<AccountSummary> = {}): AccountSummary => ({
  id,
  instanceUrl,
  acct: id,
  displayName: id,
  avatar: '',
  color: '#2563eb',
  needsSignIn: false,
  ...extra,
});
const alice = account('alice', 'https://social.example.org');
const bob = account('bob', 'https://elsewhere.example', { blockedByPolicy: true });

afterEach(() => vi.unstubAllGlobals());

describe('accounts paused by the policy', () => {
  it('are listed in the switcher with the reason, and choosing one switches nothing', async () => {
    const bridge = installFakeBridge({});
    useAtrium.setState({ sessionStatus: 'ready', policy, accounts: [alice, bob], activeAccountId: alice.id });
    render(<AccountSwitcher onSignOut={() => undefined} onSignInAgain={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: /Accounts — active: @alice@social\.example\.org/ }));
    await screen.findAllByRole('menuitem');
    const item = screen.getAllByRole('menuitem').find((entry) => entry.textContent?.includes('bob'));
    expect(item).toBeDefined();
    expect(within(item as HTMLElement).getByText('Paused: your organization no longer allows elsewhere.example.')).toBeInTheDocument();
    await userEvent.click(item as HTMLElement);
    expect(bridge.invoke).not.toHaveBeenCalledWith('switchAccount', expect.anything());
    expect(useAtrium.getState().activeAccountId).toBe(alice.id);
  });

  it('leave the first screen, saying which accounts are paused, when no other account is usable', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
    installFakeBridge({
      getAppInfo: () => ({ ok: true, value: { version: 't', platform: 'linux', demoInstanceUrl: null } }),
      getPolicy: () => ({ ok: true, value: policy }),
      listAccounts: () => ({ ok: true, value: { accounts: [bob], activeId: bob.id } }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Paused by your organization' })).toBeInTheDocument();
    expect(screen.getByText(/no longer allows the server of @bob@elsewhere\.example, so that account is paused/)).toBeInTheDocument();
    expect(screen.getByLabelText("Your organization's address")).toHaveValue('https://social.example.org');
  });
});
