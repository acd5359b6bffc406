import { Plus, Trash2, X } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import shared from './Composer.module.css';
import styles from './Poll.module.css';
import { useComposer } from './composerStore';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
/** Durations Mastodon's own composer offers. */
const durations = [5 * MINUTE, 30 * MINUTE, HOUR, 6 * HOUR, 12 * HOUR, DAY, 3 * DAY, 7 * DAY];

/** "30 minutes", "6 hours", "3 days". */
function durationLabel(seconds: number, t: (key: string, values: { count: number }) => string): string {
  if (seconds % DAY === 0) return t('composer.poll.days', { count: seconds / DAY });
  if (seconds % HOUR === 0) return t('composer.poll.hours', { count: seconds / HOUR });
  return t('composer.poll.minutes', { count: Math.round(seconds / MINUTE) });
}

/** The poll's options (2 up to the instance's maximum), how long it stays open, and single or multiple choice. */
export function PollEditor() {
  const { t } = useTranslation();
  const poll = useComposer((state) => state.draft?.poll);
  const rules = useComposer((state) => state.context?.rules);
  const update = useComposer((state) => state.update);
  if (!poll || !rules) return null;
  const setOptions = (options: string[]) => update({ poll: { ...poll, options } });
  const offered = durations.filter((seconds) => seconds >= rules.minPollExpiration && seconds <= rules.maxPollExpiration);
  // A redrafted poll keeps what was left of its time, which may be none of the usual durations.
  const choices = offered.includes(poll.expiresIn) ? offered : [...offered, poll.expiresIn].sort((a, b) => a - b);

  return (
    <fieldset className={styles.poll}>
      <legend className={styles.pollLegend}>{t('composer.poll.label')}</legend>
      <ol className={styles.pollOptions}>
        {poll.options.map((option, index) => (
          <li key={index} className={styles.pollOption}>
            <input
              className={shared.input}
              aria-label={t('composer.poll.option', { number: index + 1 })}
              placeholder={t('composer.poll.option', { number: index + 1 })}
              value={option}
              maxLength={rules.maxCharactersPerPollOption}
              spellCheck
              onChange={(event) => setOptions(poll.options.map((old, at) => (at === index ? event.target.value : old)))}
            />
            {poll.options.length > 2 && (
              <button
                type="button"
                className={shared.iconButton}
                aria-label={t('composer.poll.removeOption', { number: index + 1 })}
                title={t('composer.poll.removeOption', { number: index + 1 })}
                onClick={() => setOptions(poll.options.filter((_, at) => at !== index))}
              >
                <X size={16} aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className={styles.pollControls}>
        {poll.options.length < rules.maxPollOptions && (
          <button type="button" className={shared.textButton} onClick={() => setOptions([...poll.options, ''])}>
            <Plus size={16} aria-hidden="true" /> {t('composer.poll.addOption')}
          </button>
        )}
        <label className={styles.inline}>
          {t('composer.poll.duration')}
          <select className={shared.selectBox} value={poll.expiresIn} onChange={(event) => update({ poll: { ...poll, expiresIn: Number(event.target.value) } })}>
            {choices.map((seconds) => (
              <option key={seconds} value={seconds}>
                {durationLabel(seconds, t)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.inline}>
          <input type="checkbox" checked={poll.multiple} onChange={(event) => update({ poll: { ...poll, multiple: event.target.checked } })} />
          {t('composer.poll.multiple')}
        </label>
        <button type="button" className={shared.textButton} onClick={() => update({ poll: null })}>
          <Trash2 size={16} aria-hidden="true" /> {t('composer.poll.remove')}
        </button>
      </div>
    </fieldset>
  );
}
