import type { AccountSummary } from '../../../shared/domain';
import styles from './Scheduled.module.css';

/** Chooses one of the signed-in accounts by name and handle; edged in the chosen account's colour. */
export function AccountSelect({ label, accounts, value, onChange }: { label: string; accounts: readonly AccountSummary[]; value: string; onChange(accountId: string): void }) {
  const chosen = accounts.find((account) => account.id === value);
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <select className={styles.input} value={value} style={{ borderColor: chosen?.color }} onChange={(event) => onChange(event.target.value)}>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.displayName || account.acct} (@{account.acct})
          </option>
        ))}
      </select>
    </label>
  );
}
