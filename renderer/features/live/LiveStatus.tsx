import { Clock } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../a11y/announcer';
import { paceParts, type LiveState } from './liveState';
import styles from './LiveStatus.module.css';

/**
 * The line under a column's heading that says how it keeps up: "Live", or "Checking every 30 s" and why
 * (`topic` names what the server does not stream: a hashtag's posts, a list's, or a view's updates).
 * A change between the two is also said to screen readers; opening a column that connects at once is not news.
 */
export function LiveStatus({ state, column, topic = 'other' }: { state: LiveState; column: string; topic?: 'tag' | 'list' | 'other' }) {
  const { t } = useTranslation();
  const pace = state.mode === 'polling' ? paceParts(state.intervalMs) : null;
  const paceText = pace ? t(`live.checking_${pace.unit}`, { count: pace.count }) : '';
  const wasPolling = useRef(false);

  useEffect(() => {
    if (state.mode === 'polling' && !wasPolling.current) announce(t('live.announce.polling', { column, checking: paceText }));
    if (state.mode === 'live' && wasPolling.current) announce(t('live.announce.live', { column }));
    if (state.mode === 'polling' || state.mode === 'live') wasPolling.current = state.mode === 'polling';
  }, [state.mode, column, paceText, t]);

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
