import { useTranslation } from '../../i18n/useTranslation';
import { useDirectory } from './directoryStore';
import styles from './Directory.module.css';

/**
 * How loading goes: a progress bar with the people loaded so far, that the server asked Atrium to
 * wait (and how long), or that the last refresh failed while the kept copy is still shown.
 */
export function DirectoryStatus() {
  const { t } = useTranslation();
  const refreshing = useDirectory((state) => state.refreshing);
  const progress = useDirectory((state) => state.progress);
  const error = useDirectory((state) => state.error);
  const hasIndex = useDirectory((state) => state.index !== null);
  const refresh = useDirectory((state) => state.refresh);
  const accountId = useDirectory((state) => state.accountId);

  if (error && hasIndex) {
    return (
      <p className={styles.statusLine} role="alert">
        {t('directory.refreshFailed', { detail: error })}
        <button type="button" className={styles.inlineButton} onClick={() => accountId && void refresh(accountId)}>
          {t('errors.retry')}
        </button>
      </p>
    );
  }
  if (!refreshing) return null;
  const loaded = progress?.loaded ?? 0;
  const expected = progress?.expected ?? null;
  const max = expected && expected > loaded ? expected : undefined;
  const text =
    progress?.phase === 'waiting'
      ? t('directory.waiting', { seconds: progress.waitSeconds ?? 0, loaded })
      : expected
        ? t('directory.loadingOf', { loaded, expected })
        : t('directory.loading', { loaded });
  return (
    <div className={styles.progress}>
      <progress value={max ? loaded : undefined} max={max} aria-label={t('directory.progressLabel')} />
      <p className={styles.statusLine} role="status">
        {hasIndex ? t('directory.updating', { detail: text }) : text}
      </p>
    </div>
  );
}
