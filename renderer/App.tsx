import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onBridgeEvent } from './bridge/bridge';
import { ErrorPanel } from './components/ErrorPanel';
import { Shell } from './features/shell/Shell';
import { lazyNamed } from './components/lazyNamed';
import { useAccentColor } from './features/policy/useAccentColor';
import { useAtrium } from './store/store';

const SignInScreen = lazyNamed(() => import('./features/signIn/SignInScreen'), 'SignInScreen');

/** Loads the session, then shows sign-in or the signed-in shell. */
export function App() {
  const { t } = useTranslation();
  const status = useAtrium((state) => state.sessionStatus);
  const error = useAtrium((state) => state.sessionError);
  // Accounts IT's policy paused do not count: with only those, the first screen explains and offers sign-in.
  const hasAccounts = useAtrium((state) => state.accounts.some((account) => !account.blockedByPolicy));
  const loadSession = useAtrium((state) => state.loadSession);
  const refreshAccounts = useAtrium((state) => state.refreshAccounts);
  useAccentColor(useAtrium((state) => state.policy?.accentColor ?? null));

  useEffect(() => {
    void loadSession();
    return onBridgeEvent('accountsChanged', () => void refreshAccounts());
  }, [loadSession, refreshAccounts]);

  if (status === 'loading') return <p className="visually-hidden" role="status">{t('shell.loading')}</p>;
  if (status === 'error') return <ErrorPanel message={error ?? t('errors.generic')} onRetry={() => void loadSession()} />;
  return <Suspense fallback={null}>{hasAccounts ? <Shell /> : <SignInScreen />}</Suspense>;
}
