import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DirectoryPerson } from '../../../shared/directory';
import { useDirectory } from './directoryStore';
import type { Facet } from './facets';
import { PersonCard } from './PersonCard';
import styles from './Directory.module.css';

/** How long the rows in view must stay before their relationships are asked for. */
const RELATIONSHIPS_AFTER_MS = 150;
/**
 * Every card is this tall (the stylesheet clips what would not fit), so the list places rows by
 * arithmetic instead of measuring each one as it mounts: measuring forced a layout per new row on
 * every key press, the largest cost of filtering.
 */
const CARD_HEIGHT = 118;
/** Rows drawn beyond each edge of the view: enough for smooth scrolling, few enough that a key press redraws little. */
const OVERSCAN = 2;

interface PeopleListProps {
  accountId: string;
  ids: readonly string[];
  person(id: string): DirectoryPerson | undefined;
  facets: readonly Facet[];
  /** Names the list for screen readers. */
  label: string;
  /** Scrolls with the list, above it (new arrivals, a team's heading). */
  header?: ReactNode;
  /** Shown instead of the list when it is empty. */
  empty: ReactNode;
  selfId?: string;
  onOpenProfile(id: string): void;
  onOpenTeam?(facetKey: string, valueKey: string, opener: HTMLElement): void;
}

/**
 * People as cards, virtualized so thousands scroll smoothly; the Follow state of the people in
 * view is asked for in batches as they come into view. Memoized: drawn again only when its props change.
 */
export const PeopleList = memo(function PeopleList({ accountId, ids, person, facets, label, header, empty, selfId, onOpenProfile, onOpenTeam }: PeopleListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const [headerHeight, setHeaderHeight] = useState(0);
  const { t } = useTranslation();
  const loadRelationships = useDirectory((state) => state.loadRelationships);

  useLayoutEffect(() => {
    const element = headerRef.current;
    if (!element) return;
    setHeaderHeight(element.offsetHeight);
    const observer = new ResizeObserver(() => setHeaderHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // This component does not rely on the React Compiler memoizing the virtualizer.
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: headerHeight,
    getItemKey: (index) => ids[index] ?? index,
    initialRect: { width: 600, height: 900 },
  });
  const rows = virtualizer.getVirtualItems();
  const visible = rows.map((row) => ids[row.index]).filter((id): id is string => id !== undefined && id !== selfId);
  const visibleKey = visible.join(',');

  // Asked for once the list settles, not on every key press or scrolled row.
  useEffect(() => {
    if (!visibleKey) return;
    const timer = setTimeout(() => void loadRelationships(visibleKey.split(',')), RELATIONSHIPS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [visibleKey, loadRelationships]);

  return (
    <div ref={scroller} className={styles.scroller}>
      <div ref={headerRef}>{header}</div>
      {ids.length === 0 ? (
        empty
      ) : (
        <div role="list" aria-label={label} className={styles.rows} style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => {
            const entry = person(ids[row.index] ?? '');
            return (
              <div
                key={row.key}
                role="listitem"
                className={styles.row}
                style={{ height: CARD_HEIGHT, transform: `translateY(${row.start - headerHeight}px)` }}
              >
                {entry && (
                  <PersonCard accountId={accountId} person={entry} facets={facets} self={entry.id === selfId} onOpenProfile={onOpenProfile} onOpenTeam={onOpenTeam} t={t} />
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
});
