import { AtSign } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import styles from './MentionButton.module.css';

/** "Mention" on a profile: opens the composer with `@acct ` already written. */
export function MentionButton({ acct }: { acct: string }) {
  const { t } = useTranslation();
  const openComposer = useAtrium((state) => state.openComposer);
  return (
    <button type="button" className={styles.mention} onClick={() => openComposer({ kind: 'mention', acct })}>
      <AtSign size={16} aria-hidden="true" />
      {t('composer.mention')}
    </button>
  );
}
