import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { useAtrium } from '../../store/store';
import { Timeline } from '../timelines/Timeline';
import { ColumnBody } from './ColumnBody';
import { ColumnHeader } from './ColumnHeader';
import styles from './Columns.module.css';
import type { PinnedColumn } from './pinnedColumns';

const none: PinnedColumn[] = [];

/** The hashtags and lists the person pinned as columns of their own, each live like any timeline. */
export function PinnedColumns({ accountId, callbacks }: { accountId: string; callbacks: StatusCallbacks }) {
  const { t } = useTranslation();
  const columns = useAtrium((state) => state.pinnedColumns[accountId] ?? none);
  const loadColumns = useAtrium((state) => state.loadColumns);
  const unpinColumn = useAtrium((state) => state.unpinColumn);
  useEffect(() => loadColumns(accountId), [accountId, loadColumns]);

  return columns.map((column) => {
    const id = `column-${column.key.replace(/[^\w-]/g, '_')}`;
    return (
      <section key={column.key} className={styles.column} aria-labelledby={id}>
        <ColumnHeader id={id} title={column.title} onClose={() => unpinColumn(accountId, column.key)} closeLabel={t('shell.unpinColumn', { title: column.title })} />
        <ColumnBody>
          <Timeline accountId={accountId} source={column.source} title={column.title} {...callbacks} />
        </ColumnBody>
      </section>
    );
  });
}
