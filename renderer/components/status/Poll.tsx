import type { mastodon } from 'masto';
import { Check } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import { EmojiText } from './EmojiText';
import { RelativeTime } from './RelativeTime';
import styles from './Poll.module.css';

/** A post's poll: choices to vote in while it runs; results once voted, expired, or when it is your own. */
export function Poll({ accountId, statusId, poll, own }: { accountId: string; statusId: string; poll: mastodon.v1.Poll; own: boolean }) {
  const { t } = useTranslation();
  const vote = useAtrium((state) => state.votePoll);
  const [choices, setChoices] = useState<number[]>([]);
  const [sending, setSending] = useState(false);
  const name = useId();
  const showResults = own || poll.expired || Boolean(poll.voted);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (choices.length === 0) return;
    setSending(true);
    await vote(accountId, statusId, choices);
    setSending(false);
  };

  const toggle = (index: number) =>
    setChoices((current) => (poll.multiple ? (current.includes(index) ? current.filter((choice) => choice !== index) : [...current, index]) : [index]));

  const voters = poll.votersCount ?? poll.votesCount;
  const footer = (
    <p className={styles.footer}>
      {t('status.poll.voters', { count: voters ?? 0 })}
      {' · '}
      {poll.expired ? t('status.poll.closed') : poll.expiresAt ? <>{t('status.poll.closes')} <RelativeTime iso={poll.expiresAt} /></> : t('status.poll.open')}
    </p>
  );

  if (showResults) {
    return (
      <div className={styles.poll}>
        <ul className={styles.results} aria-label={t('status.poll.results')}>
          {poll.options.map((option, index) => {
            const votes = option.votesCount;
            // Unknown counts (a server hiding totals) show a dash; a poll nobody voted in shows 0%.
            const share = votes == null ? null : voters ? Math.round((votes / (poll.multiple ? voters : poll.votesCount || 1)) * 100) : 0;
            const mine = poll.ownVotes?.includes(index) ?? false;
            return (
              <li key={index} className={styles.result}>
                <span className={styles.bar} style={{ width: `${share ?? 0}%` }} aria-hidden="true" />
                <span className={styles.share}>{share === null ? '–' : `${share}%`}</span>
                <span className={styles.title}>
                  <EmojiText text={option.title} emojis={option.emojis} />
                </span>
                {mine && <Check size={14} aria-label={t('status.poll.yourVote')} />}
              </li>
            );
          })}
        </ul>
        {footer}
      </div>
    );
  }

  return (
    <form className={styles.poll} onSubmit={(event) => void submit(event)}>
      <fieldset className={styles.options}>
        <legend className="visually-hidden">{poll.multiple ? t('status.poll.chooseMany') : t('status.poll.chooseOne')}</legend>
        {poll.options.map((option, index) => (
          <label key={index} className={styles.option}>
            <input type={poll.multiple ? 'checkbox' : 'radio'} name={name} checked={choices.includes(index)} onChange={() => toggle(index)} />
            <EmojiText text={option.title} emojis={option.emojis} />
          </label>
        ))}
      </fieldset>
      <button type="submit" className={styles.vote} disabled={choices.length === 0 || sending}>
        {sending ? t('status.poll.voting') : t('status.poll.vote')}
      </button>
      {footer}
    </form>
  );
}
