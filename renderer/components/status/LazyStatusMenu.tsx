import { Ellipsis } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { lazyNamed } from '../lazyNamed';
import { PressToLoad } from '../menu/PressToLoad';
import type { StatusMenuProps } from './StatusMenu';
import styles from './StatusCard.module.css';

// The menu's entries, its dialogs and their icons load with the menu library the first time it is opened.
const StatusMenu = lazyNamed(() => import('./StatusMenu'), 'StatusMenu');

/** A post's "more" button; pressing it loads the post's menu and opens it (see StatusMenu). */
export function LazyStatusMenu(props: StatusMenuProps) {
  const { t } = useTranslation();
  return (
    <PressToLoad label={t('status.actions.more')} trigger={<Ellipsis size={18} aria-hidden="true" />} className={styles.action}>
      <StatusMenu {...props} />
    </PressToLoad>
  );
}
