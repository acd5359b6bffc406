import { SquarePen } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import styles from './ComposeButton.module.css';

/** The rail's one primary button: opens the composer (also `n`). */
export function ComposeButton() {
  const { t } = useTranslation();
  const openComposer = useAtrium((state) => state.openComposer);
  const open = useAtrium((state) => state.composerOpen);
  return (
    <button type="button" className={styles.compose} aria-expanded={open} aria-keyshortcuts="n" title={`${t('composer.compose')} (n)`} onClick={() => openComposer({ kind: 'new' })}>
      <SquarePen size={22} aria-hidden="true" />
      <span className="visually-hidden">{t('composer.compose')}</span>
    </button>
  );
}
