import type { mastodon } from 'masto';
import { BadgeCheck, Users } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { EmojiText } from './EmojiText';
import { RelativeTime } from './RelativeTime';
import styles from './StatusCard.module.css';
import { Avatar } from '../Avatar';
import { useAtrium } from '../../store/store';

/** True for an account on the organization's own server (Mastodon leaves the domain out of `acct`). */
export const isColleague = (account: Pick<mastodon.v1.Account, 'acct'>): boolean => !account.acct.includes('@');

/** True for accounts that speak for the organization: bots and groups. */
export const isOfficial = (account: Pick<mastodon.v1.Account, 'bot' | 'group'>): boolean => Boolean(account.bot || account.group);

/** The handle as staff should read it: `@ana` for a colleague, `@user@domain` for anyone outside. */
export const handleOf = (account: Pick<mastodon.v1.Account, 'acct'>): string => `@${account.acct}`;

/**
 * The one mark a person carries beside their name: Official for accounts that speak for the
 * organization, else Colleague for anyone on its server, else none. An official account is a
 * colleague too, and two badges side by side crowd a narrow column, so Official wins.
 */
export function PersonBadge({ account }: { account: Pick<mastodon.v1.Account, 'acct' | 'bot' | 'group'> }) {
  const { t } = useTranslation();
  if (isOfficial(account)) {
    return (
      <span className={styles.official} title={t('status.officialHint')}>
        <BadgeCheck size={14} aria-hidden="true" />
        <span className={styles.badgeText}>{t('status.official')}</span>
      </span>
    );
  }
  if (!isColleague(account)) return null;
  return (
    <span className={styles.colleague} title={t('status.colleagueHint')}>
      <Users size={12} aria-hidden="true" />
      <span className={styles.badgeText}>{t('status.colleague')}</span>
    </span>
  );
}

/** Who wrote a post and when: avatar, name with custom emoji, handle, one colleague or official mark, time. */
export function AuthorLine({
  account,
  createdAt,
  onOpenAccount,
  onOpenStatus,
}: {
  account: mastodon.v1.Account;
  createdAt: string;
  onOpenAccount(idOrAcct: string): void;
  onOpenStatus?: () => void;
}) {
  const { t } = useTranslation();
  const name = account.displayName?.trim() || account.username;
  // Compact density shows a smaller picture (StatusCard.module.css indents the text below to match).
  const avatarSize = useAtrium((state) => state.density === 'compact') ? 32 : 44;
  return (
    <header className={styles.author}>
      {/* The name beside it leads to the same profile: one Tab stop for both, and the avatar is not read twice. */}
      <button type="button" className={styles.avatarButton} onClick={() => onOpenAccount(account.id)} aria-label={t('status.openProfile', { name })} tabIndex={-1} aria-hidden="true">
        <Avatar className={styles.avatar} src={account.avatarStatic || account.avatar} name={name} size={avatarSize} />
      </button>
      <div className={styles.names}>
        <span className={styles.nameLine}>
          <button type="button" className={styles.displayName} onClick={() => onOpenAccount(account.id)}>
            <EmojiText text={name} emojis={account.emojis} />
          </button>
          <PersonBadge account={account} />
        </span>
        <span className={styles.handle}>{handleOf(account)}</span>
      </div>
      {onOpenStatus ? (
        // Out of the Tab order: Enter on the post opens it too, and the post's name already says when.
        <a
          className={styles.time}
          href="#status"
          tabIndex={-1}
          onClick={(event) => {
            event.preventDefault();
            onOpenStatus();
          }}
        >
          <RelativeTime iso={createdAt} />
        </a>
      ) : (
        <RelativeTime className={styles.time} iso={createdAt} />
      )}
    </header>
  );
}
