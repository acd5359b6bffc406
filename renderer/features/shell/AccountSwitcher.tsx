import { useTranslation } from '../../i18n/useTranslation';
import { AccountAvatar } from '../../components/AccountAvatar';
import { fullHandle } from '../../components/handles';
import { lazyNamed } from '../../components/lazyNamed';
import { PressToLoad } from '../../components/menu/PressToLoad';
import { selectActiveAccount, useAtrium } from '../../store/store';
import type { AccountActions } from './AccountMenu';
import styles from './AccountSwitcher.module.css';

const AccountMenu = lazyNamed(() => import('./AccountMenu'), 'AccountMenu');

/** The active account's avatar; opens the picker to switch, add another account or sign out, its code loaded when first pressed. */
export function AccountSwitcher(actions: AccountActions) {
  const { t } = useTranslation();
  const active = useAtrium(selectActiveAccount);
  if (!active) return null;
  const label = t('shell.accounts', { handle: fullHandle(active) });
  const trigger = <AccountAvatar account={active} size={38} label={t('shell.signedInAs', { handle: fullHandle(active) })} />;
  return (
    <PressToLoad label={label} trigger={trigger} className={styles.trigger}>
      <AccountMenu label={label} trigger={trigger} {...actions} />
    </PressToLoad>
  );
}
