import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Columns.module.css';

interface ColumnHeaderProps {
  id: string;
  title: string;
  detail?: string;
  /** Buttons before the close button (pin as a column). */
  actions?: ReactNode;
  onClose?: () => void;
  /** The close button's name; "Close panel" unless the column is removed rather than closed. */
  closeLabel?: string;
}

/** A column's heading, with a close button for the side panel and pinned columns. */
export function ColumnHeader({ id, title, detail, actions, onClose, closeLabel }: ColumnHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className={styles.header}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      {detail && <span className={styles.detail}>{detail}</span>}
      <span className={styles.headerActions}>
        {actions}
        {onClose && (
          <button type="button" className={styles.close} onClick={onClose} aria-label={closeLabel ?? t('shell.closePanel')}>
            <X size={18} aria-hidden="true" />
          </button>
        )}
      </span>
    </header>
  );
}
