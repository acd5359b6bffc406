import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import styles from './Columns.module.css';

/** A column's heading, with a close button for the side panel. */
export function ColumnHeader({ id, title, detail, onClose }: { id: string; title: string; detail?: string; onClose?: () => void }) {
  const { t } = useTranslation();
  return (
    <header className={styles.header}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      {detail && <span className={styles.detail}>{detail}</span>}
      {onClose && (
        <button type="button" className={styles.close} onClick={onClose} aria-label={t('shell.closePanel')}>
          <X size={18} aria-hidden="true" />
        </button>
      )}
    </header>
  );
}
