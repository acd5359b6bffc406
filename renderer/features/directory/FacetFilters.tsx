import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DirectoryIndex, DirectorySort } from './directoryIndex';
import { useDirectory } from './directoryStore';
import styles from './Directory.module.css';

/** Facets offered as filters at most (the rest are rarely what people look for). */
const MAX_FILTERS = 5;
const sorts: DirectorySort[] = ['match', 'name', 'newest', 'active'];

/**
 * A filter per facet (values with how many people each would leave, given the other filters) and
 * the order. Memoized and reading only the filters and the order, so typing in the search box
 * never draws its hundreds of options again.
 */
export const FacetFilters = memo(function FacetFilters({ index }: { index: DirectoryIndex }) {
  const { t } = useTranslation();
  const filters = useDirectory((state) => state.query.filters);
  const sort = useDirectory((state) => state.query.sort);
  const setFilter = useDirectory((state) => state.setFilter);
  const setSort = useDirectory((state) => state.setSort);
  const facets = index.facetsFor(filters);

  return (
    <div className={styles.filters} role="group" aria-label={t('directory.filters')}>
      {facets.slice(0, MAX_FILTERS).map((facet) => (
        <label key={facet.key} className={styles.filter}>
          <span className={styles.filterName}>{facet.label}</span>
          <select value={filters[facet.key] ?? ''} onChange={(event) => setFilter(facet.key, event.target.value || null)}>
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
        <select value={sort} onChange={(event) => setSort(event.target.value as DirectorySort)}>
          {sorts.map((option) => (
            <option key={option} value={option}>
              {t(`directory.sort.${option}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
