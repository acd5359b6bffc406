import { Bookmark, MessageCircle, Repeat2, Star } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { StoredStatus } from '../../features/timelines/statusLogic';
import { useAtrium } from '../../store/store';
import { StatusMenu } from './StatusMenu';
import styles from './StatusCard.module.css';

/** The toolbar under a post: reply, boost, favourite, bookmark, and the "more" menu. */
export function StatusActions({
  accountId,
  status,
  own,
  onReply,
  onEdit,
}: {
  accountId: string;
  status: StoredStatus;
  own: boolean;
  onReply(status: StoredStatus): void;
  onEdit?: (status: StoredStatus) => void;
}) {
  const { t } = useTranslation();
  const toggle = useAtrium((state) => state.toggleStatus);
  // Mastodon lets nobody boost a followers-only or direct post but its author (and not direct ones at all).
  const canBoost = status.visibility === 'public' || status.visibility === 'unlisted' || (own && status.visibility === 'private');
  return (
    <div className={styles.actions} role="toolbar" aria-label={t('status.actions.label')}>
      <button type="button" className={styles.action} onClick={() => onReply(status)} aria-label={t('status.actions.reply')}>
        <MessageCircle size={18} aria-hidden="true" />
        <Count value={status.repliesCount} />
      </button>
      <button
        type="button"
        className={styles.action}
        data-active={Boolean(status.reblogged)}
        aria-pressed={Boolean(status.reblogged)}
        disabled={!canBoost}
        onClick={() => void toggle(accountId, status.id, 'reblog')}
        aria-label={canBoost ? t('status.actions.boost') : t('status.actions.cannotBoost')}
      >
        <Repeat2 size={18} aria-hidden="true" />
        <Count value={status.reblogsCount} />
      </button>
      <button
        type="button"
        className={styles.action}
        data-active={Boolean(status.favourited)}
        aria-pressed={Boolean(status.favourited)}
        onClick={() => void toggle(accountId, status.id, 'favourite')}
        aria-label={t('status.actions.favourite')}
      >
        <Star size={18} aria-hidden="true" />
        <Count value={status.favouritesCount} />
      </button>
      <button
        type="button"
        className={styles.action}
        data-active={Boolean(status.bookmarked)}
        aria-pressed={Boolean(status.bookmarked)}
        onClick={() => void toggle(accountId, status.id, 'bookmark')}
        aria-label={t('status.actions.bookmark')}
      >
        <Bookmark size={18} aria-hidden="true" />
      </button>
      <StatusMenu accountId={accountId} status={status} own={own} onEdit={onEdit} />
    </div>
  );
}

function Count({ value }: { value: number | undefined | null }) {
  return value ? <span className={styles.count}>{value}</span> : null;
}
