import { AlertTriangle } from 'lucide-react';
import { useTranslation } from '../i18n/useTranslation';
import styles from './ErrorPanel.module.css';

/** A failure said in plain words, with a way to try again. */
export function ErrorPanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.panel} role="alert">
      <AlertTriangle size={22} aria-hidden="true" />
      <p className={styles.message}>{message}</p>
      {onRetry && (
        <button type="button" className={styles.retry} onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
