import { ArrowLeft, Loader2, UsersRound } from 'lucide-react';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DirectoryIndex } from './directoryIndex';
import type { TeamPage as TeamPageRef } from './directoryStore';
import { PeopleList } from './PeopleList';
import { useFollowAll, type FollowAllRun } from './useFollowAll';
import styles from './Directory.module.css';

interface TeamPageProps {
  accountId: string;
  selfId: string;
  index: DirectoryIndex;
  team: TeamPageRef;
  onBack(): void;
  onOpenProfile(id: string): void;
}

/** Everyone who shares one facet value (Team: Platform), with "Follow all". Escape goes back. */
export function TeamPage({ accountId, selfId, index, team, onBack, onOpenProfile }: TeamPageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const facet = index.facets.find((candidate) => candidate.key === team.facetKey);
  const value = facet?.values.find((candidate) => candidate.key === team.valueKey);
  const members = useMemo(() => index.members(team.facetKey, team.valueKey), [index, team.facetKey, team.valueKey]);
  const cardFacets = useMemo(() => index.facets.filter((candidate) => candidate.key !== team.facetKey), [index, team.facetKey]);
  const others = members.filter((id) => id !== selfId);
  const { run, start, cancel } = useFollowAll(accountId);

  useEffect(() => heading.current?.focus(), [team.facetKey, team.valueKey]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onBack();
    }
  };
  const title = t('directory.teamTitle', { field: facet?.label ?? team.facetKey, value: value?.label ?? team.valueKey });
  const header = (
    <header className={styles.teamHeader}>
      <button type="button" className={styles.back} onClick={onBack}>
        <ArrowLeft size={16} aria-hidden="true" />
        {t('directory.back')}
      </button>
      <h2 ref={heading} tabIndex={-1} className={styles.teamTitle}>
        <UsersRound size={20} aria-hidden="true" />
        {title}
      </h2>
      <p className={styles.teamCount}>{t('directory.memberCount', { count: members.length })}</p>
      <div className={styles.followAll}>
        {run.state === 'running' ? (
          <button type="button" className={styles.secondaryButton} onClick={cancel}>
            {t('directory.cancelFollowAll')}
          </button>
        ) : (
          <button type="button" className={styles.primaryButton} disabled={others.length === 0} onClick={() => start(others)}>
            {t('directory.followAll', { count: others.length })}
          </button>
        )}
        <FollowAllStatus run={run} />
      </div>
    </header>
  );

  return (
    <div className={styles.team} onKeyDown={onKeyDown}>
      <PeopleList
        accountId={accountId}
        ids={members}
        person={(id) => index.person(id)}
        facets={cardFacets}
        label={title}
        header={header}
        empty={<p className={styles.empty}>{t('directory.teamEmpty')}</p>}
        selfId={selfId}
        onOpenProfile={onOpenProfile}
      />
    </div>
  );
}

/** Progress of "Follow all" in words and a bar, announced as it goes (the live region is always there). */
function FollowAllStatus({ run }: { run: FollowAllRun }) {
  const { t } = useTranslation();
  const progress = run.state === 'running' || run.state === 'finished' ? run.progress : null;
  const counts = progress
    ? t('directory.followAllProgress', { done: progress.done, total: progress.total, followed: progress.followed, skipped: progress.skipped })
    : '';
  let text = '';
  if (run.state === 'failed') text = t('directory.followAllFailed', { detail: run.error });
  else if (run.state === 'running') text = run.progress.waitingSeconds !== null ? t('directory.followAllWaiting', { seconds: run.progress.waitingSeconds }) : counts;
  else if (run.state === 'finished')
    text = run.cancelled
      ? t('directory.followAllCancelled', { followed: run.progress.followed })
      : t('directory.followAllDone', { followed: run.progress.followed, skipped: run.progress.skipped, failed: run.progress.failed });
  return (
    <div className={styles.followAllStatus}>
      {run.state === 'running' && (
        <>
          <Loader2 size={16} aria-hidden="true" className={styles.spin} />
          <progress value={run.progress.done} max={Math.max(1, run.progress.total)} aria-label={counts} />
        </>
      )}
      <p role="status" className={run.state === 'failed' ? styles.followAllError : undefined}>
        {text}
      </p>
    </div>
  );
}
