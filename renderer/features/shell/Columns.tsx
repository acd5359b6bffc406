import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain';
import { fullHandle } from '../../components/handles';
import { useAtrium } from '../../store/store';
import styles from './Columns.module.css';

/** The main column, and a second one beside it when the window is wide. */
export function Columns({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  const mainView = useAtrium((state) => state.mainView);
  return (
    <main className={styles.columns}>
      <section className={styles.column} aria-labelledby="main-column-title">
        <header className={styles.header}>
          <h1 id="main-column-title" className={styles.title}>{t(`shell.${mainView}`)}</h1>
          <span className={styles.handle}>{fullHandle(account)}</span>
        </header>
      </section>
    </main>
  );
}
