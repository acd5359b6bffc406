import { Search, X } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectorySort } from './directoryIndex';
import { useDirectory } from './directoryStore';
import type { Facet } from './facets';
import styles from './Directory.module.css';

/** Facets offered as filters at most (the rest are rarely what people look for). */
const MAX_FILTERS = 5;
const sorts: DirectorySort[] = ['match', 'name', 'newest', 'active'];

interface DirectoryToolbarProps {
  facets: readonly Facet[];
  resultCount: number;
  searchRef: Ref<HTMLInputElement>;
  onOpenTeam(facetKey: string, valueKey: string, opener: HTMLElement): void;
}

/** The search box, a filter per facet (values with their counts), the order, and the filters in force. */
export function DirectoryToolbar({ facets, resultCount, searchRef, onOpenTeam }: DirectoryToolbarProps) {
  const { t } = useTranslation();
  const query = useDirectory((state) => state.query);
  const setText = useDirectory((state) => state.setText);
  const setFilter = useDirectory((state) => state.setFilter);
  const setSort = useDirectory((state) => state.setSort);
  const active = facets.flatMap((facet) => {
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
      <div className={styles.filters} role="group" aria-label={t('directory.filters')}>
        {facets.slice(0, MAX_FILTERS).map((facet) => (
          <label key={facet.key} className={styles.filter}>
            <span className={styles.filterName}>{facet.label}</span>
            <select value={query.filters[facet.key] ?? ''} onChange={(event) => setFilter(facet.key, event.target.value || null)}>
              <option value="">{t('directory.any')}</option>
              {facet.values.map((value) => (
                <option key={value.key} value={value.key}>
                  {t('directory.valueCount', { value: value.label, count: value.count })}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className={styles.filter}>
          <span className={styles.filterName}>{t('directory.sortLabel')}</span>
          <select value={query.sort} onChange={(event) => setSort(event.target.value as DirectorySort)}>
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`directory.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
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
