import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, LogOut, RefreshCw, UserPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain';
import { AccountAvatar } from '../../components/AccountAvatar';
import { fullHandle } from '../../components/handles';
import { selectActiveAccount, useAtrium } from '../../store/store';
import styles from './AccountSwitcher.module.css';

/** The active account's avatar; opens the picker to switch, add another account or sign out. */
export function AccountSwitcher({ onSignOut, onSignInAgain }: { onSignOut(account: AccountSummary): void; onSignInAgain(account: AccountSummary): void }) {
  const { t } = useTranslation();
  const accounts = useAtrium((state) => state.accounts);
  const active = useAtrium(selectActiveAccount);
  const switchAccount = useAtrium((state) => state.switchAccount);
  const setAddingAccount = useAtrium((state) => state.setAddingAccount);
  if (!active) return null;
  const label = t('shell.signedInAs', { handle: fullHandle(active) });

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className={styles.trigger} aria-label={t('shell.accounts', { handle: fullHandle(active) })}>
        <AccountAvatar account={active} size={38} label={label} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.menu} side="right" align="start" sideOffset={8}>
          <DropdownMenu.Label className={styles.heading}>{t('shell.postingAs')}</DropdownMenu.Label>
          {accounts.map((account, index) => (
            <DropdownMenu.Item
              key={account.id}
              className={styles.item}
              onSelect={() => (account.needsSignIn ? onSignInAgain(account) : void switchAccount(account.id))}
            >
              <AccountAvatar account={account} size={30} label="" />
              <span className={styles.names}>
                <span className={styles.displayName}>{account.displayName || account.acct}</span>
                <span className={styles.handle}>{account.needsSignIn ? t('shell.needsSignIn') : fullHandle(account)}</span>
              </span>
              {account.id === active.id ? (
                <Check size={16} aria-label={t('shell.active')} />
              ) : index < 9 ? (
                <kbd className={styles.shortcut}>Ctrl {index + 1}</kbd>
              ) : null}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className={styles.separator} />
          <DropdownMenu.Item className={styles.action} onSelect={() => setAddingAccount(true)}>
            <UserPlus size={16} aria-hidden="true" />
            {t('shell.addAccount')}
          </DropdownMenu.Item>
          {active.needsSignIn && (
            <DropdownMenu.Item className={styles.action} onSelect={() => onSignInAgain(active)}>
              <RefreshCw size={16} aria-hidden="true" />
              {t('shell.signInAgain')}
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Item className={styles.action} onSelect={() => onSignOut(active)}>
            <LogOut size={16} aria-hidden="true" />
            {t('shell.signOutOf', { handle: fullHandle(active) })}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
