import { useEffect, useRef } from 'react';
import type { AccountSummary } from '../../../shared/domain';
import { remoteClient } from '../../bridge/remoteClient';
import { useAtrium } from '../../store/store';
import { isNewAccount } from './newAccount';

const seenKey = (accountId: string) => `atrium.firstDay.shown.${accountId}`;

/**
 * Opens the welcome view once on this device for an account that is new here (see
 * {@link isNewAccount}); after that it is one click away in the account menu.
 */
export function useFirstDay(account: AccountSummary | undefined): void {
  const accountId = account?.needsSignIn ? undefined : account?.id;
  const previous = useRef(accountId);
  // The welcome is one account's: switching to another account goes Home rather than greeting them.
  useEffect(() => {
    if (previous.current !== undefined && previous.current !== accountId && useAtrium.getState().mainView === 'welcome') useAtrium.getState().showView('home');
    previous.current = accountId;
  }, [accountId]);
  useEffect(() => {
    if (!accountId || localStorage.getItem(seenKey(accountId))) return;
    let current = true;
    remoteClient(accountId)
      .v1.accounts.verifyCredentials()
      .then(
        (me) => {
          if (!current || typeof me?.createdAt !== 'string' || typeof me.followingCount !== 'number') return;
          localStorage.setItem(seenKey(accountId), new Date().toISOString());
          if (isNewAccount(me, Date.now()) && useAtrium.getState().activeAccountId === accountId) useAtrium.getState().showView('welcome');
        },
        // Not knowing is not worth an error: the welcome stays in the menu.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [accountId]);
}
