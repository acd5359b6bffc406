import { ShieldAlert } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { fullHandle } from '../../components/handles';
import { useAtrium } from '../../store/store';
import styles from './PausedAccountsNotice.module.css';

/**
 * On the first screen, when every stored account is on a server IT's policy no longer allows: says which
 * accounts are paused and why, so the person is not left wondering where their accounts went.
 */
export function PausedAccountsNotice() {
  const { t, i18n } = useTranslation();
  const accounts = useAtrium((state) => state.accounts);
  const paused = accounts.filter((account) => account.blockedByPolicy === true);
  if (paused.length === 0) return null;
  const handles = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(paused.map(fullHandle));
  return (
    <section className={styles.notice} aria-labelledby="paused-accounts-title">
      <ShieldAlert size={18} aria-hidden="true" />
      <div>
        <h2 id="paused-accounts-title" className={styles.title}>{t('policy.pausedTitle')}</h2>
        <p className={styles.text}>
          {t('policy.pausedLead', { count: paused.length, handles })} {t('policy.pausedSignIn')}
        </p>
      </div>
    </section>
  );
}
