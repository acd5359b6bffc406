import type { CSSProperties } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { Avatar } from '../../components/Avatar';
import styles from './Scheduled.module.css';

/** Toggles which accounts' posts the desk shows; each chip carries the account's avatar and colour. */
export function AccountFilter({ accounts, hidden, onChange }: { accounts: readonly AccountSummary[]; hidden: ReadonlySet<string>; onChange(hidden: ReadonlySet<string>): void }) {
  const { t } = useTranslation();
  if (accounts.length < 2) return null;
  const toggle = (id: string) => {
    const next = new Set(hidden);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <div className={styles.filter} role="group" aria-label={t('scheduled.filter')}>
      {accounts.map((account) => (
        <button
          key={account.id}
          type="button"
          className={styles.filterChip}
          style={{ '--entry-color': account.color } as CSSProperties}
          aria-pressed={!hidden.has(account.id)}
          onClick={() => toggle(account.id)}
        >
          <Avatar src={account.avatar} name={account.displayName || account.acct} size={20} rounded="circle" />@{account.acct}
        </button>
      ))}
    </div>
  );
}
