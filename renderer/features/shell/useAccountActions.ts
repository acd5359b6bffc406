import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { call } from '../../bridge/bridge';
import { fullHandle } from '../../components/handles';
import { useAtrium } from '../../store/store';
import { errorText } from '../../bridge/errorText';

/** Sign-out and sign-in-again for the account menu, with a sentence about how it went. */
export function useAccountActions() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const signOutAccount = useAtrium((state) => state.signOut);
  const refreshAccounts = useAtrium((state) => state.refreshAccounts);

  async function signOut(account: AccountSummary) {
    try {
      const { revoked } = await signOutAccount(account.id);
      // A pending sign-out has its own notice with a retry; this one is for a token that was already gone.
      const pending = useAtrium.getState().pendingSignOuts.some((other) => other.id === account.id);
      setNotice(revoked || pending ? null : t('shell.notRevoked', { handle: fullHandle(account) }));
    } catch (error) {
      setNotice(errorText(error));
    }
  }

  async function signInAgain(account: AccountSummary) {
    try {
      setNotice(t('shell.finishInBrowser'));
      await call('signIn', { instanceUrl: account.instanceUrl, forceLogin: true });
      await refreshAccounts();
      setNotice(null);
    } catch (error) {
      setNotice(errorText(error));
    }
  }

  return { signOut, signInAgain, notice };
}
