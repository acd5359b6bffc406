import { X } from 'lucide-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
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
  /** 1 for the view's own heading (the main column), 2 for the columns beside it. */
  level?: 1 | 2;
  /** The heading, for moving focus to it when the view or panel changes. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A column's heading, with a close button for the side panel and pinned columns. */
export function ColumnHeader({ id, title, detail, actions, onClose, closeLabel, level = 2, headingRef }: ColumnHeaderProps) {
  const { t } = useTranslation();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <header className={styles.header}>
      {/* Focusable by script only: focus lands here after sign-in, account switch and view change. */}
      <Heading id={id} ref={headingRef} className={styles.title} tabIndex={-1}>
        {title}
      </Heading>
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
