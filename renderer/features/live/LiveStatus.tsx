import { Clock } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { paceParts, type LiveState } from './liveState';
import styles from './LiveStatus.module.css';

/**
 * The line under a column's heading that says how it keeps up: "Live", or "Checking every 30 s" and why
 * (`topic` names what the server does not stream: a hashtag's posts, a list's, or a view's updates).
 * Screen readers hear a drop and a return through the column's `onLiveChange` (one sentence for every column).
 */
export function LiveStatus({ state, topic = 'other' }: { state: LiveState; topic?: 'tag' | 'list' | 'other' }) {
  const { t } = useTranslation();
  const pace = state.mode === 'polling' ? paceParts(state.intervalMs) : null;
  const paceText = pace ? t(`live.checking_${pace.unit}`, { count: pace.count }) : '';

  if (state.mode === 'off') return null;
  return (
    <p className={styles.status} data-live-mode={state.mode}>
      {state.mode === 'polling' ? (
        <>
          <Clock size={14} aria-hidden="true" className={styles.icon} />
          <span className={styles.pace}>{paceText}</span>
          <span className={styles.why}>{t(state.reason === 'refused' ? `live.why.refused.${topic}` : 'live.why.unreachable')}</span>
        </>
      ) : state.mode === 'live' ? (
        <>
          <span className={styles.dot} aria-hidden="true" />
          <span>{t('live.live')}</span>
        </>
      ) : (
        <span className={styles.connecting}>{t('live.connecting')}</span>
      )}
    </p>
  );
}
