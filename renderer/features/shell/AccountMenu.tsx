import type { ReactNode } from 'react';
import { Check, LogOut, PartyPopper, RefreshCw, Rows3, UserPlus } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { AccountAvatar } from '../../components/AccountAvatar';
import { fullHandle } from '../../components/handles';
import { RadixMenu } from '../../components/menu/RadixMenu';
import type { MenuEntry } from '../../components/menu/menuTypes';
import { selectActiveAccount, useAtrium } from '../../store/store';
import styles from './AccountSwitcher.module.css';
import { OwnName } from './OwnName';
import { useDensityToggle } from '../density/useDensityToggle';

/** What the rail gives the picker: what signing out and signing in again do. */
export interface AccountActions {
  onSignOut(account: AccountSummary): void;
  onSignInAgain(account: AccountSummary): void;
}

/**
 * The account picker, opened: switch, add another account, open the first day's page, change the density, sign
 * in again or out. Its code loads the first time the avatar is pressed (AccountSwitcher).
 */
export function AccountMenu({ label, trigger, onSignOut, onSignInAgain }: AccountActions & { label: string; trigger: ReactNode }) {
  const { t } = useTranslation();
  const accounts = useAtrium((state) => state.accounts);
  const active = useAtrium(selectActiveAccount);
  const switchAccount = useAtrium((state) => state.switchAccount);
  const setAddingAccount = useAtrium((state) => state.setAddingAccount);
  const showView = useAtrium((state) => state.showView);
  const density = useDensityToggle();
  if (!active) return null;

  const accountEntries: MenuEntry[] = accounts.map((account, index) => ({
    kind: 'item',
    key: account.id,
    onSelect: () => (account.blockedByPolicy ? undefined : account.needsSignIn ? onSignInAgain(account) : void switchAccount(account.id)),
    content: (
      <>
        <AccountAvatar account={account} size={30} label="" />
        <span className={styles.names}>
          <span className={styles.displayName}>
            <OwnName account={account} />
          </span>
          {account.blockedByPolicy ? (
            <span className={styles.paused}>{t('policy.paused', { host: new URL(account.instanceUrl).host })}</span>
          ) : (
            <span className={styles.handle}>{account.needsSignIn ? t('shell.needsSignIn') : fullHandle(account)}</span>
          )}
        </span>
        {account.id === active.id ? <Check size={16} aria-label={t('shell.active')} /> : index < 9 && !account.blockedByPolicy ? <kbd className={styles.shortcut}>Ctrl {index + 1}</kbd> : null}
      </>
    ),
  }));
  const action = (key: string, icon: ReactNode, text: string, onSelect: () => void): MenuEntry => ({
    kind: 'item',
    key,
    className: styles.action,
    onSelect,
    content: (
      <>
        {icon}
        {text}
      </>
    ),
  });

  return (
    <RadixMenu
      defaultOpen
      label={label}
      trigger={trigger}
      side="right"
      align="start"
      classes={{ trigger: styles.trigger, content: styles.menu, item: styles.item, label: styles.heading, separator: styles.separator }}
      entries={[
        { kind: 'label', key: 'heading', content: t('shell.postingAs') },
        ...accountEntries,
        { kind: 'separator', key: 'separator' },
        action('welcome', <PartyPopper size={16} aria-hidden="true" />, t('shell.openWelcome'), () => showView('welcome')),
        action('density', <Rows3 size={16} aria-hidden="true" />, density.label, density.toggle),
        action('add', <UserPlus size={16} aria-hidden="true" />, t('shell.addAccount'), () => setAddingAccount(true)),
        ...(active.needsSignIn ? [action('again', <RefreshCw size={16} aria-hidden="true" />, t('shell.signInAgain'), () => onSignInAgain(active))] : []),
        action('sign-out', <LogOut size={16} aria-hidden="true" />, t('shell.signOutOf', { handle: fullHandle(active) }), () => onSignOut(active)),
      ]}
    />
  );
}
