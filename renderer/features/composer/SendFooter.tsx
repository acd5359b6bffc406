import { RotateCw, Send } from 'lucide-react';
import { Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import { LazyScheduleControls } from '../scheduled/lazyScheduled';
import { charactersLeft } from './characterCount';
import shared from './Composer.module.css';
import styles from './SendFooter.module.css';
import { useComposer } from './composerStore';
import type { SendProblem } from './postRules';

/** The message for a problem, with the values it names. */
function problemText(problem: SendProblem, t: (key: string, values?: Record<string, unknown>) => string): string {
  const { code, ...values } = problem;
  return t(`composer.problem.${code}`, values);
}

/** What is left to write: the one part of the footer that follows every key, so it alone re-renders as one types. */
function CharacterCount() {
  const { t } = useTranslation();
  const left = useComposer((state) => (state.draft && state.context ? charactersLeft(state.draft.text, state.draft.spoilerText, state.context.rules) : null));
  if (left === null) return null;
  return (
    <span id="composer-count" className={styles.count} data-over={left < 0}>
      {left >= 0 ? t('composer.count.left', { count: left }) : t('composer.count.over', { count: -left })}
    </span>
  );
}

/** What is left to write, why it cannot go yet, why it failed (with Retry), and Send. */
export function SendFooter() {
  const { t } = useTranslation();
  const closeComposer = useAtrium((state) => state.closeComposer);
  // The fields the footer draws, not the text (see CharacterCount).
  const draft = useComposer(
    useShallow((state) =>
      state.draft
        ? { editingStatusId: state.draft.editingStatusId, scheduledAt: state.draft.scheduledAt, inReplyTo: state.draft.inReplyTo, accountId: state.draft.accountId }
        : null,
    ),
  );
  const rules = useComposer((state) => state.context?.rules);
  const phase = useComposer((state) => state.phase);
  const error = useComposer((state) => state.error);
  const problem = useComposer((state) => state.problem);
  const saved = useComposer((state) => state.saved);
  if (!draft || !rules) return null;
  const send = () => void useComposer.getState().send().then((sent) => sent && closeComposer());
  const label = draft.editingStatusId ? t('composer.send.save') : draft.scheduledAt ? t('composer.send.schedule') : draft.inReplyTo ? t('composer.send.reply') : t('composer.send.post');
  const update = useComposer.getState().update;

  return (
    <div className={styles.footer}>
      {problem && (
        <p className={shared.alert} role="alert">
          {problemText(problem, t)}
        </p>
      )}
      {phase === 'failed' && error && (
        <div className={styles.failure} role="alert">
          <p>{t('composer.send.failed', { detail: error })}</p>
          <button type="button" className={styles.retry} onClick={send}>
            <RotateCw size={16} aria-hidden="true" /> {t('composer.send.retry')}
          </button>
        </div>
      )}
      {!draft.editingStatusId && (
        <Suspense fallback={null}>
          <LazyScheduleControls
            accountId={draft.accountId}
            scheduledAt={draft.scheduledAt}
            onChange={(scheduledAt) => update({ scheduledAt })}
            onQueue={(scheduledAt) => {
              update({ scheduledAt });
              send();
            }}
          />
        </Suspense>
      )}
      <div className={styles.sendRow}>
        <span className={styles.saved}>
          {saved && 'error' in saved ? t('composer.saveFailed', { detail: saved.error }) : saved ? t('composer.saved') : t('composer.send.hint')}
        </span>
        <CharacterCount />
        <button type="submit" className={styles.send} disabled={phase === 'sending'} aria-keyshortcuts="Control+Enter">
          <Send size={16} aria-hidden="true" />
          {phase === 'sending' ? t('composer.send.sending') : label}
        </button>
      </div>
    </div>
  );
}
