import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/App';
import type { PublicPolicy } from '../../../../shared/domain';
import { installFakeBridge } from '../fakeBridge';

afterEach(() => vi.unstubAllGlobals());

describe('a policy IT changes while Atrium runs', () => {
  it('reaches the page: the new pinned address and accent colour show without a restart', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
    let policy: PublicPolicy = { pinnedInstanceUrl: null, allowOtherInstances: true, defaultVisibility: 'public', requireAltText: false, hideDemo: false, accentColor: null };
    const bridge = installFakeBridge({
      getAppInfo: () => ({ ok: true, value: { version: 't', platform: 'linux', demoInstanceUrl: null } }),
      getPolicy: () => ({ ok: true, value: policy }),
      listAccounts: () => ({ ok: true, value: { accounts: [], activeId: null } }),
    });
    render(<App />);
    expect(await screen.findByLabelText("Your organization's address")).toHaveValue('');

    policy = { ...policy, pinnedInstanceUrl: 'https://social.example.org', allowOtherInstances: false, accentColor: '#0b7a75' };
    bridge.emit('policyChanged', {});
    await vi.waitFor(() => expect(document.documentElement.style.getPropertyValue('--accent')).toBe('#0b7a75'));
    expect(screen.getByText('Set by your IT department.')).toBeInTheDocument();
    expect(await screen.findByLabelText("Your organization's address")).toHaveValue('https://social.example.org');
  });
});
