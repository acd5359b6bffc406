import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useAtrium } from '../../store/store';
import { AccountSearch } from './AccountSearch';
import { DirectoryStatus } from './DirectoryStatus';
import { selectResults, useDirectory } from './directoryStore';
import { DirectoryToolbar } from './DirectoryToolbar';
import { NewArrivals, newArrivals } from './NewArrivals';
import { PeopleList } from './PeopleList';
import { serverIdOf } from './serverId';
import { TeamPage } from './TeamPage';
import styles from './Directory.module.css';

/**
 * The organization's directory: everyone listed, searchable as you type, filtered by the profile
 * fields people use, in pages per team. A server without a directory gets account search instead.
 */
export function DirectoryView({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  const status = useDirectory((state) => state.status);
  const index = useDirectory((state) => state.index);
  const error = useDirectory((state) => state.error);
  const team = useDirectory((state) => state.team);
  const query = useDirectory((state) => state.query);
  const results = useDirectory(selectResults);
  const open = useDirectory((state) => state.open);
  const refresh = useDirectory((state) => state.refresh);
  const openTeam = useDirectory((state) => state.openTeam);
  const openPanel = useAtrium((state) => state.openPanel);
  const search = useRef<HTMLInputElement>(null);
  // What opened the team page, to give focus back to it when the page closes.
  const opener = useRef<HTMLElement | null>(null);
  const selfId = serverIdOf(account);

  useEffect(() => {
    void open(account.id);
  }, [account.id, open]);

  const openedAt = useDirectory((state) => state.openedAt);
  const arrivals = useMemo(() => (index ? newArrivals(index, openedAt) : []), [index, openedAt]);
  const cardFacets = useMemo(() => index?.facets.slice(0, 3) ?? [], [index]);
  // Stable callbacks, so the memoized cards are not drawn again on each key press.
  const onOpenProfile = useCallback((id: string) => openPanel({ kind: 'account', accountId: id }), [openPanel]);
  const onOpenTeam = useCallback(
    (facetKey: string, valueKey: string, from: HTMLElement) => {
      opener.current = from;
      openTeam({ facetKey, valueKey });
    },
    [openTeam],
  );
  const onBack = () => {
    openTeam(null);
    // The opener may have scrolled out of the virtual list; the search box is the next best place.
    requestAnimationFrame(() => (opener.current?.isConnected ? opener.current : search.current)?.focus());
  };

  if (status === 'unavailable') return <AccountSearch accountId={account.id} selfId={selfId} onOpenProfile={onOpenProfile} />;
  if (status === 'error' && !index) return <ErrorPanel message={t('directory.failed', { detail: error ?? '' })} onRetry={() => void refresh(account.id)} />;
  if (!index) {
    return (
      <div className={styles.directory} aria-busy="true">
        <DirectoryStatus />
      </div>
    );
  }
  if (team) {
    return (
      <div className={styles.directory}>
        <DirectoryStatus />
        <TeamPage accountId={account.id} selfId={selfId} index={index} team={team} onBack={onBack} onOpenProfile={onOpenProfile} />
      </div>
    );
  }

  const browsing = query.text.trim() === '' && Object.keys(query.filters).length === 0;
  return (
    <div className={styles.directory}>
      <DirectoryToolbar facets={index.facets} resultCount={results.length} searchRef={search} onOpenTeam={onOpenTeam} />
      <DirectoryStatus />
      <PeopleList
        accountId={account.id}
        ids={results}
        person={(id) => index.person(id)}
        facets={cardFacets}
        label={t('directory.people')}
        header={
          <>
            {browsing && <NewArrivals people={arrivals} onOpenProfile={onOpenProfile} />}
            <p className={styles.unlisted}>{t('directory.unlisted')}</p>
          </>
        }
        empty={<p className={styles.empty}>{t('directory.noMatches')}</p>}
        selfId={selfId}
        onOpenProfile={onOpenProfile}
        onOpenTeam={onOpenTeam}
      />
    </div>
  );
}
