import { ArrowDown, ArrowUp, Download } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { errorText } from '../../bridge/errorText';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useAtrium } from '../../store/store';
import { formatDateTime } from './deskFormat';
import { excerpt } from './deskLogic';
import { fetchSent } from './sentData';
import { sentCsv, sortSent, type SentRow, type SentSortKey } from './sentLogic';
import styles from './Scheduled.module.css';

type Load = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; rows: SentRow[] };
const columns: SentSortKey[] = ['createdAt', 'replies', 'boosts', 'favourites'];

/**
 * What one account posted in the last 30 days with replies, boosts and favourites: sortable,
 * and downloadable as CSV for the monthly report. Reloaded whenever it is opened.
 */
export function SentView({ accounts }: { accounts: readonly AccountSummary[] }) {
  const { t, i18n } = useTranslation();
  const activeId = useAtrium((state) => state.activeAccountId);
  const zone = useAtrium((state) => state.planningZone);
  const [accountId, setAccountId] = useState(activeId ?? accounts[0]?.id ?? '');
  const [sort, setSort] = useState<{ key: SentSortKey; descending: boolean }>({ key: 'createdAt', descending: true });
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    fetchSent(accountId, Date.now()).then(
      (rows) => current && setLoad({ status: 'ready', rows }),
      (error: unknown) => current && setLoad({ status: 'error', error: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [accountId, attempt]);

  const account = accounts.find((candidate) => candidate.id === accountId);
  const rows = load.status === 'ready' ? sortSent(load.rows, sort.key, sort.descending) : [];
  const header = [t('scheduled.sent.csvDate'), t('scheduled.sent.csvText'), t('scheduled.sent.csvLink'), t('scheduled.sent.replies'), t('scheduled.sent.boosts'), t('scheduled.sent.favourites')];
  // A data: link needs no network and no blob to revoke; the CSP allows downloads of either.
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${sentCsv(rows, header)}`)}`;
  const sortBy = (key: SentSortKey) => setSort((previous) => ({ key, descending: previous.key === key ? !previous.descending : true }));

  return (
    <section className={styles.sent} aria-labelledby="sent-heading">
      <div className={styles.toolbar}>
        <h3 id="sent-heading" className={styles.sectionHeading}>
          {t('scheduled.sent.heading')}
        </h3>
        <label className={styles.inlineField}>
          <span>{t('scheduled.sent.account')}</span>
          <select className={styles.input} value={accountId} onChange={(event) => {
              setLoad({ status: 'loading' });
              setAccountId(event.target.value);
            }}>
            {accounts.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                @{candidate.acct}
              </option>
            ))}
          </select>
        </label>
        {load.status === 'ready' && rows.length > 0 && (
          <a className={styles.primary} href={csvHref} download={`sent-${account?.acct ?? 'account'}-${new Date().toISOString().slice(0, 10)}.csv`}>
            <Download size={16} aria-hidden="true" />
            {t('scheduled.sent.export')}
          </a>
        )}
      </div>
      {load.status === 'loading' && (
        <p className={styles.empty} role="status">
          {t('scheduled.sent.loading')}
        </p>
      )}
      {load.status === 'error' && <ErrorPanel message={t('scheduled.sent.failed', { detail: load.error })} onRetry={() => {
            setLoad({ status: 'loading' });
            setAttempt((n) => n + 1);
          }} />}
      {load.status === 'ready' && rows.length === 0 && <p className={styles.empty}>{t('scheduled.sent.empty')}</p>}
      {rows.length > 0 && (
        <table className={styles.table}>
          <caption className="visually-hidden">{t('scheduled.sent.caption', { account: `@${account?.acct ?? ''}` })}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sort.key === 'createdAt' ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                <SortButton label={t('scheduled.sent.date')} active={sort.key === 'createdAt'} descending={sort.descending} onClick={() => sortBy('createdAt')} />
              </th>
              <th scope="col">{t('scheduled.sent.text')}</th>
              {columns.slice(1).map((key) => (
                <th key={key} scope="col" className={styles.numeric} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  <SortButton label={t(`scheduled.sent.${key}`)} active={sort.key === key} descending={sort.descending} onClick={() => sortBy(key)} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td className={styles.nowrap}>{formatDateTime(row.createdAt, zone, i18n.language)}</td>
                <td>{excerpt(row.text, 120)}</td>
                <td className={styles.numeric}>{row.replies}</td>
                <td className={styles.numeric}>{row.boosts}</td>
                <td className={styles.numeric}>{row.favourites}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SortButton({ label, active, descending, onClick }: { label: string; active: boolean; descending: boolean; onClick(): void }) {
  const Icon = descending ? ArrowDown : ArrowUp;
  return (
    <button type="button" className={styles.sortButton} onClick={onClick}>
      {label}
      {active && <Icon size={14} aria-hidden="true" />}
    </button>
  );
}
