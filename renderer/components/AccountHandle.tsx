import type { AccountSummary } from '../../shared/domain';
import { handleParts } from './handles';
import styles from './AccountHandle.module.css';

/**
 * A signed-in account's full handle, `@ana@social.example`, on one line. Where the line is too
 * narrow the server gives way first (`@ana@soc…`) and the name only after it; the whole handle
 * stays in the text screen readers read and in the tooltip.
 */
export function AccountHandle({ account }: { account: Pick<AccountSummary, 'acct' | 'instanceUrl'> }) {
  const { local, server } = handleParts(account);
  return (
    <span className={styles.handle} title={local + server}>
      <span className={styles.local}>{local}</span>
      <span className={styles.server}>{server}</span>
    </span>
  );
}
