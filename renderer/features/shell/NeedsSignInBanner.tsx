import { KeyRound } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { fullHandle } from '../../components/handles';
import styles from './Shell.module.css';

/** Says the server no longer accepts this account's sign-in; one click signs in again, nothing else is lost. */
export function NeedsSignInBanner({ account, onSignIn }: { account: AccountSummary; onSignIn(): void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.banner} role="alert">
      <KeyRound size={18} aria-hidden="true" />
      <span>{t('shell.expired', { handle: fullHandle(account) })}</span>
      <button type="button" className={styles.bannerButton} onClick={onSignIn}>
        {t('shell.signInAgain')}
      </button>
    </div>
  );
}
