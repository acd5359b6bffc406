import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddAccountScreen } from '../../../../renderer/features/a11y/AddAccountScreen';
import { useAtrium } from '../../../../renderer/store/store';
import type { PublicPolicy } from '../../../../shared/domain';
import { installFakeBridge } from '../fakeBridge';

const openPolicy: PublicPolicy = { pinnedInstanceUrl: null, allowOtherInstances: true, defaultVisibility: 'public', requireAltText: false, hideDemo: false, accentColor: null };
const acme = { url: 'https://social.acme.example', domain: 'acme.example', title: 'Acme', thumbnail: null };

/** What the screen asked of main, beyond the keychain's state every first screen asks for. */
const asked = (bridge: ReturnType<typeof installFakeBridge>) => bridge.invoke.mock.calls.map(([name]) => name).filter((name) => name !== 'getKeychainState');

/** "Add an account" up to the question about the server, with Escape watched. */
async function atServerQuestion(extra: Parameters<typeof installFakeBridge>[0] = {}) {
  const bridge = installFakeBridge({ probeInstance: () => ({ ok: true, value: acme }), cancelSignIn: () => ({ ok: true, value: {} }), ...extra });
  useAtrium.setState({ sessionStatus: 'ready', policy: openPolicy, appInfo: { version: 't', platform: 'linux', demoInstanceUrl: null } });
  const onCancel = vi.fn();
  render(<AddAccountScreen onCancel={onCancel} />);
  await userEvent.type(screen.getByLabelText("Your organization's address"), 'social.acme.example');
  await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('button', { name: 'Continue to sign-in' });
  return { bridge, onCancel };
}

describe('“Add an account” with Escape', () => {
  it('leaves from the address form', async () => {
    installFakeBridge({});
    useAtrium.setState({ sessionStatus: 'ready', policy: openPolicy, appInfo: { version: 't', platform: 'linux', demoInstanceUrl: null } });
    const onCancel = vi.fn();
    render(<AddAccountScreen onCancel={onCancel} />);
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('leaves from the question about the server, not only back to the address, and signs in nowhere', async () => {
    const { bridge, onCancel } = await atServerQuestion();
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(asked(bridge)).not.toContain('signIn');
  });

  it('leaves while the browser is open, and stops that sign-in', async () => {
    const { bridge, onCancel } = await atServerQuestion({ signIn: () => new Promise(() => undefined) });
    await userEvent.click(screen.getByRole('button', { name: 'Continue to sign-in' }));
    await screen.findByRole('heading', { name: 'Finish signing in in your browser' });
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(asked(bridge)).toEqual(['probeInstance', 'signIn', 'cancelSignIn']);
  });
});
