import type { AccountSummary } from '../../shared/domain';
import styles from './AccountAvatar.module.css';
import { Avatar } from './Avatar';

/**
 * A signed-in account's avatar, ringed in the account's colour so it is clear who you are acting as.
 * It sits inside a labelled control, so the picture itself says nothing to screen readers.
 */
export function AccountAvatar({ account, size, label }: { account: AccountSummary; size: number; label: string }) {
  return (
    <span className={styles.ring} style={{ borderColor: account.color, width: size + 6, height: size + 6 }} title={label || undefined}>
      <Avatar src={account.avatar} name={account.displayName || account.acct} size={size} rounded="circle" />
    </span>
  );
}
