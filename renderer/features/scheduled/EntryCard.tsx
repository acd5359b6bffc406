import { AlertTriangle, BarChart3, ImageIcon } from 'lucide-react';
import type { CSSProperties } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { AccountAvatar } from '../../components/AccountAvatar';
import type { DeskEntry } from './deskEntry';
import { formatDateTime, formatTime } from './deskFormat';
import { excerpt } from './deskLogic';
import styles from './Scheduled.module.css';

/** The things a person can do to a scheduled post. */
export type EntryAction = 'time' | 'edit' | 'now' | 'duplicate' | 'cancel';
const actions: EntryAction[] = ['time', 'edit', 'now', 'duplicate', 'cancel'];

/** What a post is said as: account, time and its first words (its content warning when it has one). */
export function entryLabel(entry: DeskEntry, account: AccountSummary | undefined, zone: string, language: string): string {
  const who = account ? `@${account.acct}` : entry.accountId;
  return `${who}, ${formatDateTime(entry.at, zone, language)}: ${excerpt(entry.spoilerText || entry.text, 80)}`;
}

/**
 * One scheduled post in the agenda: whose it is (avatar ringed and edged in the account's colour),
 * when, its content warning, text, media and poll, and what can be done to it.
 */
export function EntryCard({ entry, account, zone, onAction }: { entry: DeskEntry; account: AccountSummary | undefined; zone: string; onAction(action: EntryAction, entry: DeskEntry): void }) {
  const { t, i18n } = useTranslation();
  const color = { '--entry-color': account?.color ?? 'var(--border)' } as CSSProperties;
  return (
    <article className={styles.entry} style={color} aria-label={entryLabel(entry, account, zone, i18n.language)} data-entry={entry.key} tabIndex={-1}>
      <div className={styles.entryHead}>
        {account && <AccountAvatar account={account} size={28} label="" />}
        <time className={styles.entryTime} dateTime={new Date(entry.at).toISOString()}>
          {formatTime(entry.at, zone, i18n.language)}
        </time>
        <span className={styles.entryWho}>{account ? `@${account.acct}` : entry.accountId}</span>
      </div>
      {entry.spoilerText && (
        <p className={styles.warningLine}>
          <AlertTriangle size={14} aria-hidden="true" />
          <span>
            <span className="visually-hidden">{t('scheduled.entry.contentWarning')} </span>
            {entry.spoilerText}
          </span>
        </p>
      )}
      {entry.text && <p className={styles.entryText}>{entry.text}</p>}
      {entry.media.length > 0 && (
        <ul className={styles.thumbs} aria-label={t('scheduled.entry.media', { count: entry.media.length })}>
          {entry.media.map((medium) => (
            <li key={medium.id}>
              {medium.previewUrl ? (
                <img className={styles.thumb} src={medium.previewUrl} alt={medium.description || t('scheduled.entry.noDescription')} loading="lazy" />
              ) : (
                <span className={styles.thumb} role="img" aria-label={medium.description || t('scheduled.entry.noDescription')}>
                  <ImageIcon size={18} aria-hidden="true" />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {entry.poll && (
        <div className={styles.poll}>
          <p className={styles.pollTitle}>
            <BarChart3 size={14} aria-hidden="true" />
            {t(entry.poll.multiple ? 'scheduled.entry.pollMultiple' : 'scheduled.entry.poll', { hours: Math.round(entry.poll.expiresIn / 3600) })}
          </p>
          <ul className={styles.pollOptions}>
            {entry.poll.options.map((option, index) => (
              <li key={index}>{option}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.entryActions}>
        {actions.map((action) => (
          <button key={action} type="button" className={action === 'cancel' ? styles.dangerGhost : styles.ghost} onClick={() => onAction(action, entry)}>
            {t(`scheduled.actions.${action}`)}
          </button>
        ))}
      </div>
    </article>
  );
}
