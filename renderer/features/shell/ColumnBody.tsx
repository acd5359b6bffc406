import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorPanel } from '../../components/ErrorPanel';
import styles from './Columns.module.css';

/** A column's scrolling body; if what it shows fails to draw, only this column says so. */
export function ColumnBody({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={styles.body}>
      <ErrorBoundary fallback={(retry) => <ErrorPanel message={t('errors.columnFailed')} onRetry={retry} />}>{children}</ErrorBoundary>
    </div>
  );
}
