import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFirstDay } from '../../../../renderer/features/firstDay/useFirstDay';
import { resetStore, useAtrium } from '../../../../renderer/store/store';
import type { AccountSummary } from '../../../../shared/domain';
import { ok } from '../../../../shared/result';
import { installFakeBridge } from '../fakeBridge';

const account = (id: string): AccountSummary => ({ id, instanceUrl: 'https://social.example', acct: id, displayName: id, avatar: '', color: '#123456', needsSignIn: false });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

beforeEach(() => {
  resetStore();
  localStorage.clear();
});

function answering(createdAt: string, followingCount: number) {
  return installFakeBridge({ callMastodon: () => ok({ data: { id: '1', createdAt, followingCount } }) });
}

describe('the first day opening by itself', () => {
  it('opens the welcome for a new account, once on this device', async () => {
    const bridge = answering(daysAgo(2), 40);
    useAtrium.setState({ accounts: [account('new@social.example')], activeAccountId: 'new@social.example' });
    const { unmount } = renderHook(() => useFirstDay(account('new@social.example')));
    await waitFor(() => expect(useAtrium.getState().mainView).toBe('welcome'));
    unmount();
    useAtrium.getState().showView('home');
    renderHook(() => useFirstDay(account('new@social.example')));
    expect(bridge.invoke).toHaveBeenCalledTimes(1);
    expect(useAtrium.getState().mainView).toBe('home');
  });

  it('leaves an established account where it was', async () => {
    const bridge = answering(daysAgo(400), 40);
    useAtrium.setState({ accounts: [account('old@social.example')], activeAccountId: 'old@social.example' });
    renderHook(() => useFirstDay(account('old@social.example')));
    await waitFor(() => expect(bridge.invoke).toHaveBeenCalled());
    await waitFor(() => expect(localStorage.length).toBe(1));
    expect(useAtrium.getState().mainView).toBe('home');
  });

  it('goes Home when another account becomes active on the welcome', () => {
    answering(daysAgo(400), 40);
    localStorage.setItem('atrium.firstDay.shown.a@social.example', 'x');
    localStorage.setItem('atrium.firstDay.shown.b@social.example', 'x');
    useAtrium.setState({ mainView: 'welcome' });
    const { rerender } = renderHook(({ who }) => useFirstDay(account(who)), { initialProps: { who: 'a@social.example' } });
    expect(useAtrium.getState().mainView).toBe('welcome');
    rerender({ who: 'b@social.example' });
    expect(useAtrium.getState().mainView).toBe('home');
  });
});
