import { X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { onServerAnswer } from '../../bridge/serverWatch';
import { useAtrium } from '../../store/store';
import styles from './ActionNotices.module.css';

/**
 * Where refused actions (a favourite the server rejected, a failed vote…) are said in plain
 * words. Mount once per window, e.g. in the shell: every view's failures come here.
 */
export function ActionNotices() {
  const { t } = useTranslation();
  const notices = useAtrium((state) => state.notices);
  const dismiss = useAtrium((state) => state.dismissNotice);
  // A notice about a passing problem (offline, a failing server) goes by itself once the server answers.
  useEffect(() => onServerAnswer(() => useAtrium.getState().dismissPassingNotices()), []);
  return (
    <div className={styles.region} role="alert" aria-live="assertive">
      {notices.map((notice) => (
        <p key={notice.id} className={styles.notice}>
          <span>{t(`status.failed.${notice.action}`, { detail: notice.detail })}</span>
          <button type="button" className={styles.dismiss} onClick={() => dismiss(notice.id)} aria-label={t('status.dismiss')}>
            <X size={16} aria-hidden="true" />
          </button>
        </p>
      ))}
    </div>
  );
}
