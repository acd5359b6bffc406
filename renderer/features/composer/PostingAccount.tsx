import { Check, ChevronsUpDown } from 'lucide-react';
import type { CSSProperties } from 'react';
import type { AccountSummary } from '../../../shared/domain';
import { useTranslation } from '../../i18n/useTranslation';
import { AccountAvatar } from '../../components/AccountAvatar';
import { fullHandle } from '../../components/handles';
import { Menu } from '../../components/menu/Menu';
import type { MenuEntry } from '../../components/menu/menuTypes';
import { useAtrium } from '../../store/store';
import shared from './Composer.module.css';
import styles from './PostingAccount.module.css';
import { useComposer } from './composerStore';

/** An account's name without `:shortcode:` custom emoji, which a signed-in account's summary cannot draw. */
export const plainName = (account: AccountSummary): string => account.displayName.replace(/:[\w+-]+:/g, '').replace(/\s+/g, ' ').trim() || account.acct;

/** Who the post goes out as, large and in the account's colour, with the switcher right beside it. */
export function PostingAccount() {
  const { t } = useTranslation();
  const accounts = useAtrium((state) => state.accounts);
  const accountId = useComposer((state) => state.draft?.accountId);
  const setPostingAccount = useComposer((state) => state.setPostingAccount);
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (!account) return null;
  // Only accounts that can post now: signed in, not paused by IT's policy, not being signed out.
  const others = accounts.filter((candidate) => !candidate.needsSignIn && !candidate.blockedByPolicy && !candidate.signOutPending);

  const entries: MenuEntry[] = others.map((candidate) => ({
    kind: 'item',
    key: candidate.id,
    onSelect: () => void setPostingAccount(candidate.id),
    content: (
      <>
        <AccountAvatar account={candidate} size={28} label="" />
        <span className={styles.menuNames}>
          <span className={styles.menuName}>{plainName(candidate)}</span>
          <span className={styles.menuHandle}>{fullHandle(candidate)}</span>
        </span>
        {candidate.id === account.id && <Check size={16} aria-label={t('shell.active')} />}
      </>
    ),
  }));

  return (
    <div className={styles.account} style={{ '--account-color': account.color } as CSSProperties} data-account-id={account.id}>
      <AccountAvatar account={account} size={48} label="" />
      <div className={styles.accountNames}>
        <span className={styles.accountLabel}>{t('composer.account.postingAs')}</span>
        <strong className={styles.accountName}>{plainName(account)}</strong>
        <span className={styles.accountHandle}>{fullHandle(account)}</span>
      </div>
      {others.length > 1 && (
        <Menu
          label={t('composer.account.switch')}
          trigger={<ChevronsUpDown size={18} aria-hidden="true" />}
          align="end"
          classes={{ trigger: shared.iconButton, content: styles.menu, item: styles.menuItem }}
          entries={entries}
        />
      )}
    </div>
  );
}
