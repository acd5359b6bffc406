import type { AccountSummary } from '../../shared/domain';
import styles from './AccountAvatar.module.css';

/** A signed-in account's avatar, ringed in the account's colour so it is clear who you are acting as. */
export function AccountAvatar({ account, size, label }: { account: AccountSummary; size: number; label: string }) {
  return (
    <span className={styles.ring} style={{ borderColor: account.color, width: size + 6, height: size + 6 }} title={label}>
      <img className={styles.image} src={account.avatar} alt={label} width={size} height={size} />
    </span>
  );
}
