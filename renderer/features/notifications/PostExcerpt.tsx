import { useTranslation } from '../../i18n/useTranslation';
import { contentOf } from '../timelines/statusLogic';
import { plainExcerpt } from '../../components/status/plainExcerpt';
import { useAtrium } from '../../store/store';
import styles from './NotificationsView.module.css';

/**
 * One line of the post a reaction is about, as a button that opens it: enough to recognise
 * your own post without drawing the whole card again for every favourite and boost.
 */
export function PostExcerpt({ statusId, onOpen }: { statusId: string; onOpen: (statusId: string) => void }) {
  const { t } = useTranslation();
  const status = useAtrium((state) => contentOf(state.statuses, statusId));
  if (!status) return null;
  // A post behind a content warning shows the warning, not what it hides. The checks are for
  // servers that leave fields out, which the types do not admit.
  const warning = typeof status.spoilerText === 'string' ? status.spoilerText.trim() : '';
  const text = warning || plainExcerpt(status.content, 140);
  const media = Array.isArray(status.mediaAttachments) ? status.mediaAttachments.length : 0;
  const line = text || t('notifications.excerpt.media', { count: media });
  return (
    <button type="button" className={styles.excerpt} onClick={() => onOpen(status.id)} aria-label={t('notifications.excerpt.open', { text: line })}>
      {line}
    </button>
  );
}
