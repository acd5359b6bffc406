import { Suspense, useEffect } from 'react';
import { useTranslation } from './i18n/useTranslation';
import { onBridgeEvent } from './bridge/bridge';
import { ErrorPanel } from './components/ErrorPanel';
import { Shell } from './features/shell/Shell';
import { lazyNamed } from './components/lazyNamed';
import { useAccentColor } from './features/policy/useAccentColor';
import { useAtrium } from './store/store';

const SignInScreen = lazyNamed(() => import('./features/signIn/SignInScreen'), 'SignInScreen', ['signIn']);

/** Loads the session, then shows sign-in or the signed-in shell. */
export function App() {
  const { t } = useTranslation();
  const status = useAtrium((state) => state.sessionStatus);
  const error = useAtrium((state) => state.sessionError);
  // Accounts IT's policy paused do not count: with only those, the first screen explains and offers sign-in.
  const hasAccounts = useAtrium((state) => state.accounts.some((account) => !account.blockedByPolicy));
  const loadSession = useAtrium((state) => state.loadSession);
  const startSession = useAtrium((state) => state.startSession);
  const refreshAccounts = useAtrium((state) => state.refreshAccounts);
  const refreshPolicy = useAtrium((state) => state.refreshPolicy);
  useAccentColor(useAtrium((state) => state.policy?.accentColor ?? null));
  // The first screen starts from the pinned address; a pin IT changes while it shows starts it afresh.
  const pinned = useAtrium((state) => state.policy?.pinnedInstanceUrl ?? '');

  useEffect(() => {
    // Usually under way already: the page's start asked for it before this first render.
    void startSession();
    // A policy that cannot be read again leaves the one the page has; main enforces the new one regardless.
    const stopPolicy = onBridgeEvent('policyChanged', () => void refreshPolicy().catch(() => undefined));
    const stopAccounts = onBridgeEvent('accountsChanged', () => void refreshAccounts());
    return () => {
      stopPolicy();
      stopAccounts();
    };
  }, [startSession, refreshAccounts, refreshPolicy]);

  if (status === 'loading') return <p className="visually-hidden" role="status">{t('shell.loading')}</p>;
  if (status === 'error') return <ErrorPanel message={error ?? t('errors.generic')} onRetry={() => void loadSession()} />;
  return <Suspense fallback={null}>{hasAccounts ? <Shell /> : <SignInScreen key={pinned} />}</Suspense>;
}
