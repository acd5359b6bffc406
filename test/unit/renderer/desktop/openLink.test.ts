import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnnouncer } from '../../../../renderer/features/a11y/announcer';
import { openLink, panelFor } from '../../../../renderer/features/desktop/openLink';
import { useOpenLinks } from '../../../../renderer/features/desktop/useOpenLinks';
import { useAtrium } from '../../../../renderer/store/store';
import { installFakeBridge } from '../fakeBridge';

const searchReply = (items: { accounts?: { id: string }[]; statuses?: { id: string }[] }) => ({ ok: true as const, value: { data: { accounts: [], statuses: [], hashtags: [], ...items } } });

beforeEach(() => useAnnouncer.setState({ current: null }));

describe('panelFor', () => {
  it('opens the post or the profile the search found', () => {
    expect(panelFor({ kind: 'status', query: 'https://social.example.org/@a/1' }, { statuses: [{ id: '9' }] })).toEqual({ kind: 'thread', statusId: '9' });
    expect(panelFor({ kind: 'account', query: 'a@social.example.org' }, { accounts: [{ id: '7' }] })).toEqual({ kind: 'account', accountId: '7' });
    expect(panelFor({ kind: 'account', query: 'a@social.example.org' }, { statuses: [{ id: '9' }] })).toBeNull();
  });
});

describe('openLink', () => {
  it("asks the active account's server to resolve the link, then opens it in the side panel", async () => {
    const bridge = installFakeBridge({ callMastodon: () => searchReply({ statuses: [{ id: '42' }] }) });
    const openPanel = vi.fn();
    await openLink('1@social.example.org', { kind: 'status', query: 'https://social.example.org/@a/42' }, openPanel);
    expect(openPanel).toHaveBeenCalledWith({ kind: 'thread', statusId: '42' });
    expect(bridge.invoke).toHaveBeenCalledWith(
      'callMastodon',
      expect.objectContaining({ accountId: '1@social.example.org', params: expect.objectContaining({ q: 'https://social.example.org/@a/42', resolve: true, type: 'statuses' }) }),
    );
  });

  it('says so in plain words when nothing is found or the server does not answer', async () => {
    installFakeBridge({ callMastodon: () => searchReply({}) });
    const openPanel = vi.fn();
    await openLink('1@social.example.org', { kind: 'account', query: 'gone@social.example.org' }, openPanel);
    expect(openPanel).not.toHaveBeenCalled();
    expect(useAnnouncer.getState().current?.text).toBe('Atrium could not find that profile on your server.');
    installFakeBridge({ callMastodon: () => ({ ok: false, error: { code: 'network', message: 'offline' } }) });
    await openLink('1@social.example.org', { kind: 'account', query: 'a@social.example.org' }, openPanel);
    expect(useAnnouncer.getState().current?.text).toMatch(/could not open that link/);
  });
});

describe('useOpenLinks', () => {
  it('opens a link main hands over while an account is active', async () => {
    const bridge = installFakeBridge({ callMastodon: () => searchReply({ accounts: [{ id: '7' }] }) });
    const openPanel = vi.fn();
    useAtrium.setState({ openPanel });
    const { unmount } = renderHook(() => useOpenLinks('1@social.example.org'));
    bridge.emit('openLink', { kind: 'account', query: 'a@social.example.org' });
    await waitFor(() => expect(openPanel).toHaveBeenCalledWith({ kind: 'account', accountId: '7' }));
    unmount();
  });
});
