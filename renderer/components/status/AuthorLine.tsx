import type { mastodon } from 'masto';
import { BadgeCheck, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmojiText } from './EmojiText';
import { RelativeTime } from './RelativeTime';
import styles from './StatusCard.module.css';
import { Avatar } from '../Avatar';

/** True for an account on the organization's own server (Mastodon leaves the domain out of `acct`). */
export const isColleague = (account: Pick<mastodon.v1.Account, 'acct'>): boolean => !account.acct.includes('@');

/** True for accounts that speak for the organization: bots and groups. */
export const isOfficial = (account: Pick<mastodon.v1.Account, 'bot' | 'group'>): boolean => Boolean(account.bot || account.group);

/** The handle as staff should read it: `@ana` for a colleague, `@user@domain` for anyone outside. */
export const handleOf = (account: Pick<mastodon.v1.Account, 'acct'>): string => `@${account.acct}`;

/** Who wrote a post and when: avatar, name with custom emoji, handle, colleague/official marks, time. */
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
  return (
    <header className={styles.author}>
      <button type="button" className={styles.avatarButton} onClick={() => onOpenAccount(account.id)} aria-label={t('status.openProfile', { name })}>
        <Avatar className={styles.avatar} src={account.avatarStatic || account.avatar} name={name} size={44} />
      </button>
      <div className={styles.names}>
        <button type="button" className={styles.displayName} onClick={() => onOpenAccount(account.id)}>
          <EmojiText text={name} emojis={account.emojis} />
        </button>
        {isOfficial(account) && (
          <span className={styles.official} title={t('status.officialHint')}>
            <BadgeCheck size={14} aria-hidden="true" />
            {t('status.official')}
          </span>
        )}
        <span className={styles.handle}>{handleOf(account)}</span>
        {isColleague(account) && (
          <span className={styles.colleague} title={t('status.colleagueHint')}>
            <Users size={12} aria-hidden="true" />
            {t('status.colleague')}
          </span>
        )}
      </div>
      {onOpenStatus ? (
        <a
          className={styles.time}
          href="#status"
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
