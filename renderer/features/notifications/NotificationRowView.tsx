import { AtSign, BarChart3, Flag, Pencil, Repeat2, Star, UserPlus, Bell } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { EmojiText } from '../../components/status/EmojiText';
import { RelativeTime } from '../../components/status/RelativeTime';
import { StatusCard, type StatusCallbacks } from '../../components/status/StatusCard';
import { FollowRequestActions } from './FollowRequestActions';
import { groupOf, type NotificationRow } from './notificationLogic';
import { PostExcerpt } from './PostExcerpt';
import styles from './NotificationsView.module.css';
import { Avatar } from '../../components/Avatar';

const icons: Record<string, typeof Star> = {
  favourite: Star,
  reblog: Repeat2,
  follow: UserPlus,
  follow_request: UserPlus,
  poll: BarChart3,
  update: Pencil,
  mention: AtSign,
  status: Bell,
  'admin.sign_up': UserPlus,
  'admin.report': Flag,
};

/** Types with their own sentence; anything else a server sends gets the generic one. */
const knownTypes = new Set(['favourite', 'reblog', 'follow', 'follow_request', 'poll', 'update', 'mention', 'status', 'admin.sign_up', 'admin.report']);

/**
 * One notification row: who did what in one line. Mentions then show the post in full (it is
 * addressed to you); reactions show one line of your post; follow requests, Accept and Reject.
 */
export function NotificationRowView({ accountId, row, ...callbacks }: { accountId: string; row: NotificationRow } & StatusCallbacks) {
  const { t } = useTranslation();
  const group = groupOf(row.type);
  const [first] = row.accounts;
  if (!first) return null;
  const Icon = icons[row.type] ?? Bell;
  const name = first.displayName?.trim() || first.username;
  const type = knownTypes.has(row.type) ? row.type.replace('.', '_') : 'other';
  const action = t(`notifications.actions.${type}`, { count: row.accounts.length - 1, type: row.type });
  // The label is read aloud, where a `:shortcode:` is noise.
  const spokenName = name.replace(/:[\w+-]+:/g, '').trim() || first.username;
  const full = group === 'mention' && row.statusId !== null;
  // A compact row stands for its post, so j/k reach it and Enter opens the post; a row about a
  // person (a follow, a request) takes focus too, Enter and p opening their profile. A mention's
  // row leaves focus to the post card inside it.
  const compactPost = !full && row.statusId !== null;
  return (
    <article
      className={styles.row}
      data-group={group}
      data-status-id={compactPost ? row.statusId : undefined}
      data-account-id={full ? undefined : first.id}
      tabIndex={full ? undefined : 0}
      aria-label={`${spokenName} ${action}`}
    >
      {full ? (
        // The post below names its author and its time: the line only says why it is here.
        <p className={styles.line}>
          <Icon size={16} aria-hidden="true" className={styles.icon} data-type={row.type} />
          <span className={`${styles.text} ${styles.label}`}>{t('notifications.mentionedYou')}</span>
        </p>
      ) : (
        <p className={styles.line}>
          <Icon size={18} aria-hidden="true" className={styles.icon} data-type={row.type} />
          <span className={styles.avatars}>
            {row.accounts.slice(0, 5).map((account, index) => (
              // The first avatar leads where the name beside it does: one Tab stop, read once.
              <button
                key={account.id}
                type="button"
                className={styles.avatarButton}
                onClick={() => callbacks.onOpenAccount(account.id)}
                title={`@${account.acct}`}
                tabIndex={index === 0 ? -1 : undefined}
                aria-hidden={index === 0 || undefined}
              >
                <Avatar className={styles.avatar} src={account.avatarStatic || account.avatar} name={account.displayName || account.username} alt={account.displayName || account.username} size={28} />
              </button>
            ))}
          </span>
          <span className={styles.text}>
            <button type="button" className={styles.name} onClick={() => callbacks.onOpenAccount(first.id)}>
              <EmojiText text={name} emojis={first.emojis} />
            </button>{' '}
            {action}
          </span>
          <RelativeTime className={styles.time} iso={row.createdAt} />
        </p>
      )}
      {compactPost && row.statusId && <PostExcerpt statusId={row.statusId} onOpen={callbacks.onOpenStatus} />}
      {row.type === 'follow_request' && <FollowRequestActions accountId={accountId} requesterId={first.id} name={name} />}
      {full && row.statusId && (
        <div className={styles.post}>
          <StatusCard accountId={accountId} statusId={row.statusId} {...callbacks} />
        </div>
      )}
    </article>
  );
}
