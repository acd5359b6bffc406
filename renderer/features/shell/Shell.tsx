import { Home } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { AccountAvatar } from '../../components/AccountAvatar';
import { selectActiveAccount, useAtrium } from '../../store/store';
import styles from './Shell.module.css';

/** The signed-in frame: the rail on the left, the main column beside it. */
export function Shell() {
  const { t } = useTranslation();
  const account = useAtrium(selectActiveAccount);
  const handle = account ? `@${account.acct}@${new URL(account.instanceUrl).host}` : '';
  return (
    <div className={styles.shell}>
      <nav className={styles.rail} aria-label="Atrium">
        {account && <AccountAvatar account={account} size={40} label={t('shell.signedInAs', { handle })} />}
        <a className={styles.railItem} href="#home" aria-current="page" title={t('shell.home')}>
          <Home size={22} aria-hidden="true" />
          <span className="visually-hidden">{t('shell.home')}</span>
        </a>
      </nav>
      <main className={styles.main}>
        <header className={styles.columnHeader}>
          <h1 className={styles.columnTitle}>{t('shell.home')}</h1>
          <span className={styles.handle}>{handle}</span>
        </header>
      </main>
    </div>
  );
}
