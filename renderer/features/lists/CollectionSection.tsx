import { ChevronRight, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorPanel } from '../../components/ErrorPanel';
import type { Collection, ListsState } from './listsSlice';
import styles from './ListsView.module.css';

/** Props of CollectionSection. */
export interface CollectionSectionProps<Item> {
  /** Which half of the view; also names its strings (`lists.<kind>.*`). */
  kind: keyof ListsState;
  collection: Collection<Item> | undefined;
  onRetry(): void;
  /** Opens the page of the organization's web interface where these are managed. */
  onOpenWeb(): void;
  children(item: Item): ReactNode;
}

/**
 * One half of the Lists view with every state designed: row skeletons while loading, an
 * error with a retry, an empty state that says what to do, and a plain note when the server
 * has no such feature.
 */
export function CollectionSection<Item>({ kind, collection, onRetry, onOpenWeb, children }: CollectionSectionProps<Item>) {
  const { t } = useTranslation();
  const items = collection?.items ?? [];
  const status = collection?.status ?? 'loading';
  const headingId = `lists-${kind}`;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t(`lists.${kind}.heading`)}
      </h3>
      {status === 'loading' && items.length === 0 && <RowSkeleton label={t(`lists.${kind}.loading`)} />}
      {status === 'error' && <ErrorPanel message={t(`lists.${kind}.failed`, { detail: collection?.error ?? '' })} onRetry={onRetry} />}
      {status === 'unsupported' && <p className={styles.note}>{t(`lists.${kind}.unsupported`)}</p>}
      {status === 'ready' && items.length === 0 && (
        <div className={styles.empty}>
          <p>{t(`lists.${kind}.empty`)}</p>
          <button type="button" className={styles.webButton} onClick={onOpenWeb}>
            {t('lists.openWeb')}
          </button>
        </div>
      )}
      {items.length > 0 && <ul className={styles.rows}>{items.map(children)}</ul>}
    </section>
  );
}

/** One row: a button that opens the list or hashtag in the side panel, marked while it is open there. */
export function CollectionRow({ icon: Icon, label, active, onOpen }: { icon: LucideIcon; label: string; active: boolean; onOpen(): void }) {
  return (
    <li>
      <button type="button" className={styles.row} aria-current={active ? 'true' : undefined} onClick={onOpen}>
        <Icon size={18} aria-hidden="true" className={styles.rowIcon} />
        <span className={styles.rowLabel}>{label}</span>
        <ChevronRight size={16} aria-hidden="true" className={styles.chevron} />
      </button>
    </li>
  );
}

/** Grey stand-ins for rows while the first answer is awaited. */
function RowSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className={styles.skeleton}>
      <span />
      <span />
      <span />
    </div>
  );
}
