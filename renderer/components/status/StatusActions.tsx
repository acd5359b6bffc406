import { Bookmark, MessageCircle, Repeat2, Star, type LucideIcon } from 'lucide-react';
import type { mastodon } from 'masto';
import { useTranslation } from '../../i18n/useTranslation';
import type { StoredStatus, ToggleAction } from '../../features/timelines/statusLogic';
import { useAtrium } from '../../store/store';
import { useRovingToolbar } from '../roving';
import { LazyStatusMenu } from './LazyStatusMenu';
import styles from './StatusCard.module.css';

/** The toolbar under a post: reply, boost, favourite, bookmark, and the "more" menu; one Tab stop, arrow keys along it. */
export function StatusActions({
  accountId,
  status,
  own,
  onReply,
  onEdit,
  onQuote,
  onRedraft,
}: {
  accountId: string;
  status: StoredStatus;
  own: boolean;
  onReply(status: StoredStatus): void;
  onEdit?: (status: StoredStatus) => void;
  onQuote?: (status: StoredStatus) => void;
  onRedraft?: (deleted: mastodon.v1.Status) => void;
}) {
  const { t } = useTranslation();
  // Mastodon lets nobody boost a followers-only or direct post but its author (and not direct ones at all).
  const canBoost = status.visibility === 'public' || status.visibility === 'unlisted' || (own && status.visibility === 'private');
  const toggle = { accountId, status };
  // "Boost, 3 boosts": the number drawn beside the icon is part of the button's name.
  const counted = (label: string, what: 'replies' | 'boosts' | 'favourites', count: number | null | undefined) =>
    count ? t('a11y.counted', { label, amount: t(`a11y.count.${what}`, { count }) }) : label;
  const roving = useRovingToolbar<HTMLDivElement>();
  return (
    <div {...roving} className={styles.actions} role="toolbar" aria-label={t('status.actions.label')}>
      <button type="button" className={styles.action} onClick={() => onReply(status)} aria-label={counted(t('status.actions.reply'), 'replies', status.repliesCount)}>
        <MessageCircle size={18} aria-hidden="true" />
        <Count value={status.repliesCount} />
      </button>
      <ToggleButton
        {...toggle}
        action="reblog"
        on={status.reblogged}
        icon={Repeat2}
        count={status.reblogsCount}
        disabled={!canBoost}
        label={canBoost ? counted(t('status.actions.boost'), 'boosts', status.reblogsCount) : t('status.actions.cannotBoost')}
      />
      <ToggleButton
        {...toggle}
        action="favourite"
        on={status.favourited}
        icon={Star}
        count={status.favouritesCount}
        label={counted(t('status.actions.favourite'), 'favourites', status.favouritesCount)}
      />
      <ToggleButton {...toggle} action="bookmark" on={status.bookmarked} icon={Bookmark} label={t('status.actions.bookmark')} />
      <LazyStatusMenu accountId={accountId} status={status} own={own} onEdit={onEdit} onQuote={onQuote} onRedraft={onRedraft} />
    </div>
  );
}

interface ToggleButtonProps {
  accountId: string;
  status: StoredStatus;
  action: ToggleAction;
  on: boolean | null | undefined;
  icon: LucideIcon;
  label: string;
  count?: number | null;
  disabled?: boolean;
}

/** Boost, favourite or bookmark: a pressed/unpressed button that flips optimistically. */
function ToggleButton({ accountId, status, action, on, icon: Icon, label, count, disabled = false }: ToggleButtonProps) {
  const toggle = useAtrium((state) => state.toggleStatus);
  return (
    <button
      type="button"
      className={styles.action}
      data-active={Boolean(on)}
      aria-pressed={Boolean(on)}
      disabled={disabled}
      onClick={() => void toggle(accountId, status.id, action)}
      aria-label={label}
    >
      <Icon size={18} aria-hidden="true" />
      <Count value={count} />
    </button>
  );
}

function Count({ value }: { value: number | undefined | null }) {
  return value ? <span className={styles.count}>{value}</span> : null;
}
