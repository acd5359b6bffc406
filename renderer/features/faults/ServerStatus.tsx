import { Hourglass, RefreshCw } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ServerState } from '../../bridge/serverWatch';
import styles from './ServerStatus.module.css';

/**
 * The sentence about how the server answers: it asked Atrium to wait, it failed and is asked again
 * after a pause, or it is slow. Shown inside the slot's live region, which says it once.
 */
export function ServerStatus({ host, state }: { host: string; state: ServerState }) {
  const { t } = useTranslation();
  const { wait } = state;
  const Icon = wait?.reason === 'server_error' ? RefreshCw : Hourglass;
  const text = !wait
    ? t('faults.slow', { host })
    : wait.reason === 'rate_limited'
      ? // A long wait (Mastodon's limits reset every five minutes) reads better in minutes.
        wait.seconds >= 90
        ? t('faults.rateLimitedMinutes', { host, count: Math.round(wait.seconds / 60) })
        : t('faults.rateLimited', { host, count: wait.seconds })
      : t('faults.serverError', { host, count: wait.seconds, status: wait.status ?? '5xx' });
  return (
    <p className={styles.status}>
      <Icon size={16} aria-hidden="true" className={styles.icon} />
      <span>{text}</span>
    </p>
  );
}
