import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
    expect(bridge.invoke).not.toHaveBeenCalled();
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
    finish({ ok: false, error: { code: 'cancelled', message: 'Sign-in was cancelled.' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was cancelled.');
  });
});
