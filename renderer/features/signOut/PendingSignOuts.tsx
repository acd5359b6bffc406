import { LogOut } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { errorText } from '../../bridge/errorText';
import { fullHandle } from '../../components/handles';
import { useAtrium } from '../../store/store';
import styles from './PendingSignOuts.module.css';

/**
 * Sign-outs the server has not heard about yet: the sign-in still works there, so each one says so
 * and offers to try again or to forget it here. What happens is announced through a live region that
 * stays mounted, so a screen reader hears it even when the notice itself goes away.
 */
export function PendingSignOuts() {
  const pending = useAtrium((state) => state.pendingSignOuts);
  const [announcement, setAnnouncement] = useState('');
  const placeRef = useRef<HTMLDivElement>(null);

  // When a notice goes away with the button that had focus, focus stays at the same place in the page.
  function settled(text: string) {
    setAnnouncement(text);
    placeRef.current?.focus();
  }

  return (
    <div ref={placeRef} tabIndex={-1} className={styles.place}>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {pending.map((account) => (
        <PendingSignOut key={account.id} account={account} announce={settled} />
      ))}
    </div>
  );
}

function PendingSignOut({ account, announce }: { account: AccountSummary; announce(text: string): void }) {
  const { t } = useTranslation();
  const signOut = useAtrium((state) => state.signOut);
  const forgetAccount = useAtrium((state) => state.forgetAccount);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const handle = fullHandle(account);
  const host = new URL(account.instanceUrl).host;

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setProblem(null);
    try {
      announce(await action());
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const retry = () =>
    run(async () => {
      const { revoked } = await signOut(account.id);
      if (!revoked) throw new Error(t('signOut.stillUnreachable', { host }));
      return t('signOut.revoked', { handle });
    });
  const forget = () =>
    run(async () => {
      await forgetAccount(account.id);
      return t('signOut.forgotten', { handle, host });
    });

  return (
    <section className={styles.notice} aria-labelledby={`pending-${account.id}`}>
      <LogOut size={18} aria-hidden="true" className={styles.icon} />
      <div className={styles.text}>
        <h2 id={`pending-${account.id}`} className={styles.title}>{t('signOut.pendingTitle', { handle })}</h2>
        <p className={styles.body}>{t('signOut.pendingBody', { host })}</p>
        {problem && (
          <p className={styles.problem} role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className={styles.actions}>
        <button type="button" className={styles.button} disabled={busy} onClick={() => void retry()}>
          {t('signOut.retry')}
        </button>
        <button type="button" className={styles.quiet} disabled={busy} onClick={() => void forget()}>
          {t('signOut.forget')}
        </button>
      </div>
    </section>
  );
}
