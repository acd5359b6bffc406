import { Search, X } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DirectoryIndex } from './directoryIndex';
import { useDirectory } from './directoryStore';
import { FacetFilters } from './FacetFilters';
import styles from './Directory.module.css';

interface DirectoryToolbarProps {
  index: DirectoryIndex;
  resultCount: number;
  searchRef: Ref<HTMLInputElement>;
  onOpenTeam(facetKey: string, valueKey: string, opener: HTMLElement): void;
}

/** The search box, the filters and order ({@link FacetFilters}), the result count and the filters in force. */
export function DirectoryToolbar({ index, resultCount, searchRef, onOpenTeam }: DirectoryToolbarProps) {
  const { t } = useTranslation();
  const query = useDirectory((state) => state.query);
  const setText = useDirectory((state) => state.setText);
  const setFilter = useDirectory((state) => state.setFilter);
  const active = index.facets.flatMap((facet) => {
    const value = facet.values.find((candidate) => candidate.key === query.filters[facet.key]);
    return value ? [{ facet, value }] : [];
  });

  return (
    <div className={styles.toolbar}>
      <label className={styles.search}>
        <Search size={18} aria-hidden="true" />
        <span className="visually-hidden">{t('directory.searchLabel')}</span>
        <input ref={searchRef} type="search" value={query.text} placeholder={t('directory.searchPlaceholder')} onChange={(event) => setText(event.target.value)} />
      </label>
      <FacetFilters index={index} />
      <div className={styles.summary}>
        <p className={styles.count} role="status">
          {t('directory.resultCount', { count: resultCount })}
        </p>
        {active.map(({ facet, value }) => (
          <span key={facet.key} className={styles.activeFilter}>
            <button type="button" className={styles.teamLink} onClick={(event) => onOpenTeam(facet.key, value.key, event.currentTarget)}>
              {t('directory.openTeamPage', { field: facet.label, value: value.label })}
            </button>
            <button type="button" className={styles.clearFilter} aria-label={t('directory.clearFilter', { field: facet.label, value: value.label })} onClick={() => setFilter(facet.key, null)}>
              <X size={14} aria-hidden="true" />
            </button>
          </span>
        ))}
      </div>
    </div>
  );
}
