import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignInScreen } from '../../../../renderer/features/signIn/SignInScreen';
import { useAtrium } from '../../../../renderer/store/store';
import type { PublicPolicy } from '../../../../shared/domain';
import type { Result } from '../../../../shared/result';
import { installFakeBridge } from '../fakeBridge';

const openPolicy: PublicPolicy = {
  pinnedInstanceUrl: null,
  allowOtherInstances: true,
  defaultVisibility: 'public',
  requireAltText: false,
  hideDemo: false,
  accentColor: null,
};

/** What the screen asked of main, beyond the keychain's state it asks for on every first screen. */
const asked = (bridge: ReturnType<typeof installFakeBridge>) => bridge.invoke.mock.calls.map(([name]) => name).filter((name) => name !== 'getKeychainState');

function withSession(policy: PublicPolicy, demoInstanceUrl: string | null = null) {
  useAtrium.setState({ sessionStatus: 'ready', policy, appInfo: { version: 't', platform: 'linux', demoInstanceUrl } });
}

describe('the sign-in screen', () => {
  it('asks for an address before doing anything', async () => {
    const bridge = installFakeBridge({});
    withSession(openPolicy);
    render(<SignInScreen />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Enter your organization's address/);
    expect(asked(bridge)).toEqual([]);
  });

  it("shows the server's refusal in plain words and keeps what was typed", async () => {
    installFakeBridge({
      probeInstance: () => ({ ok: false, error: { code: 'not_mastodon', message: 'example.com is not a Mastodon server.' } }),
    });
    withSession(openPolicy);
    render(<SignInScreen />);
    await userEvent.type(screen.getByLabelText("Your organization's address"), 'example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('example.com is not a Mastodon server.');
    expect(screen.getByLabelText("Your organization's address")).toHaveValue('example.com');
  });

  it('locks the address IT pinned and offers no demo', () => {
    installFakeBridge({});
    withSession({ ...openPolicy, pinnedInstanceUrl: 'https://social.acme.example' }, 'http://127.0.0.1:1234');
    render(<SignInScreen />);
    const input = screen.getByLabelText("Your organization's address");
    expect(input).toHaveValue('https://social.acme.example');
    expect(input).toHaveAttribute('readonly');
    expect(screen.getByText('Set by your IT department.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /demo/ })).not.toBeInTheDocument();
  });

  it('waits for the browser sign-in after the address checks out', async () => {
    let finish: (value: Result<unknown>) => void = () => undefined;
    installFakeBridge({
      probeInstance: () => ({ ok: true, value: { url: 'https://social.acme.example', domain: 'social.acme.example', title: 'Acme', thumbnail: null } }),
      signIn: () => new Promise((resolve) => (finish = resolve)),
    });
    withSession(openPolicy, 'http://127.0.0.1:1234');
    render(<SignInScreen />);
    await userEvent.click(screen.getByRole('button', { name: 'Try the demo organization' }));
    expect(await screen.findByRole('heading', { name: 'Finish signing in in your browser' })).toBeInTheDocument();
    expect(screen.getByText(/social\.acme\.example's sign-in page/)).toBeInTheDocument();
    // The demo button went with its step: focus is on the one thing to do while the browser is open.
    expect(screen.getByRole('button', { name: 'Use another address' })).toHaveFocus();
    finish({ ok: false, error: { code: 'cancelled', message: 'Sign-in was cancelled.' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was cancelled.');
    expect(screen.getByLabelText("Your organization's address")).toHaveFocus();
  });

  describe('before the browser opens', () => {
    const acme = { url: 'https://social.acme.example', domain: 'acme.example', title: 'Totally your employer', thumbnail: null };

    it('says which server the person is about to trust, and opens the browser only once they confirm', async () => {
      const bridge = installFakeBridge({
        probeInstance: () => ({ ok: true, value: acme }),
        signIn: () => new Promise(() => undefined),
      });
      withSession(openPolicy);
      render(<SignInScreen />);
      await userEvent.type(screen.getByLabelText("Your organization's address"), 'social.acme.example');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

      expect(await screen.findByRole('heading', { name: "Is this your organization's server?" })).toBeInTheDocument();
      const proceed = screen.getByRole('button', { name: 'Continue to sign-in' });
      expect(proceed).toHaveFocus();
      // The host the account goes to, not the name the server gives itself.
      expect(proceed).toHaveAccessibleDescription(/open the sign-in page of social\.acme\.example in your browser/);
      expect(screen.queryByText(/Totally your employer/)).not.toBeInTheDocument();
      expect(asked(bridge)).toEqual(['probeInstance']);

      await userEvent.click(proceed);
      expect(await screen.findByRole('heading', { name: 'Finish signing in in your browser' })).toBeInTheDocument();
      expect(bridge.invoke).toHaveBeenLastCalledWith('signIn', { instanceUrl: 'https://social.acme.example' });
    });

    it('goes back to the address with Escape, without signing in', async () => {
      const bridge = installFakeBridge({ probeInstance: () => ({ ok: true, value: acme }) });
      withSession(openPolicy);
      render(<SignInScreen />);
      await userEvent.type(screen.getByLabelText("Your organization's address"), 'social.acme.example');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await screen.findByRole('button', { name: 'Continue to sign-in' });
      await userEvent.keyboard('{Escape}');
      expect(screen.getByLabelText("Your organization's address")).toHaveValue('social.acme.example');
      expect(screen.getByLabelText("Your organization's address")).toHaveFocus();
      expect(asked(bridge)).toEqual(['probeInstance']);
    });

    it('does not ask about the server IT pinned', async () => {
      const bridge = installFakeBridge({
        probeInstance: () => ({ ok: true, value: acme }),
        signIn: () => new Promise(() => undefined),
      });
      withSession({ ...openPolicy, pinnedInstanceUrl: 'https://social.acme.example' });
      render(<SignInScreen />);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      expect(await screen.findByRole('heading', { name: 'Finish signing in in your browser' })).toBeInTheDocument();
      expect(bridge.invoke).toHaveBeenLastCalledWith('signIn', { instanceUrl: 'https://social.acme.example' });
    });
  });

  it('says when there is no keychain, and that the demo keeps its sign-in in memory', async () => {
    installFakeBridge({ getKeychainState: () => ({ ok: true, value: { state: 'unavailable' } }) });
    withSession(openPolicy, 'http://127.0.0.1:4000');
    render(<SignInScreen />);
    const notice = await screen.findByRole('status', { name: 'No keychain on this computer' });
    expect(notice).toHaveTextContent('sudo apt install gnome-keyring');
    expect(notice).toHaveTextContent(/kept in memory only/);
  });

  it('says nothing about the keychain when it works', async () => {
    const bridge = installFakeBridge({ getKeychainState: () => ({ ok: true, value: { state: 'ready' } }) });
    withSession(openPolicy, 'http://127.0.0.1:4000');
    render(<SignInScreen />);
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('getKeychainState', {}));
    // The answer is in: still the usual screen, with the demo's usual note.
    expect(await screen.findByText(/A made-up company/)).toBeInTheDocument();
    expect(screen.queryByText(/keychain/i)).not.toBeInTheDocument();
  });
});
