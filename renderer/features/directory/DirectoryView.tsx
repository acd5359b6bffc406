import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useAtrium } from '../../store/store';
import { AccountSearch } from './AccountSearch';
import { DirectoryStatus } from './DirectoryStatus';
import { resultsFor, useDirectory } from './directoryStore';
import { DirectoryToolbar } from './DirectoryToolbar';
import { NewArrivals, newArrivals } from './NewArrivals';
import { PeopleList } from './PeopleList';
import { serverIdOf } from './serverId';
import { TeamPage } from './TeamPage';
import styles from './Directory.module.css';

/** How often an open directory checks whether its copy has gone stale. */
const RECHECK_MS = 10 * 60_000;

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
  // The search box shows each key at once; the list follows at a lower priority, so typing never waits for it.
  const typed = useDirectory((state) => state.query);
  const query = useDeferredValue(typed);
  const results = resultsFor(index, query);
  const open = useDirectory((state) => state.open);
  const refresh = useDirectory((state) => state.refresh);
  const openTeam = useDirectory((state) => state.openTeam);
  const openPanel = useAtrium((state) => state.openPanel);
  const search = useRef<HTMLInputElement>(null);
  // What opened the team page, to give focus back to it when the page closes.
  const opener = useRef<HTMLElement | null>(null);
  const selfId = serverIdOf(account);

  // Opening shows the kept copy and refreshes it if stale; while the view stays open, it keeps checking.
  useEffect(() => {
    void open(account.id);
    const timer = setInterval(() => void open(account.id), RECHECK_MS);
    return () => clearInterval(timer);
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
  // The list's props stay the same while only the search box changes, so the memoized list is not drawn again.
  const personOf = useCallback((id: string) => index?.person(id), [index]);
  const browsing = query.text.trim() === '' && Object.keys(query.filters).length === 0;
  const header = useMemo(
    () => (
      <>
        {browsing && <NewArrivals people={arrivals} onOpenProfile={onOpenProfile} />}
        <p className={styles.unlisted}>{t('directory.unlisted')}</p>
      </>
    ),
    [browsing, arrivals, onOpenProfile, t],
  );
  const empty = useMemo(() => <p className={styles.empty}>{t('directory.noMatches')}</p>, [t]);
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

  return (
    // The text the list is showing results for (it trails the search box while the person types).
    <div className={styles.directory} data-results-for={query.text}>
      <DirectoryToolbar index={index} resultCount={results.length} searchRef={search} onOpenTeam={onOpenTeam} />
      <DirectoryStatus />
      <PeopleList
        accountId={account.id}
        ids={results}
        person={personOf}
        facets={cardFacets}
        label={t('directory.people')}
        header={header}
        empty={empty}
        selfId={selfId}
        onOpenProfile={onOpenProfile}
        onOpenTeam={onOpenTeam}
      />
    </div>
  );
}
