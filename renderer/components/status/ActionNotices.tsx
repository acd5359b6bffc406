import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
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
