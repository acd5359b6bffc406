import { Pin } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusCard, type StatusCallbacks } from '../../components/status/StatusCard';
import { useAtrium } from '../../store/store';
import { TimelineFooter, TimelineSkeleton } from '../timelines/TimelineRows';
import { timelineKey, type AccountPostsFilter } from '../timelines/timelineSource';
import { useStatusKeyboard } from '../timelines/useStatusKeyboard';
import styles from './ProfilePanel.module.css';

interface AccountPostsProps {
  accountId: string;
  targetId: string;
  /** Which posts; the Posts tab shows the pinned ones first. */
  filter: Exclude<AccountPostsFilter, 'pinned'>;
  name: string;
  callbacks: StatusCallbacks;
}

/**
 * One tab of a person's posts, read through the timeline store (so a favourite shows everywhere),
 * drawn as a plain feed so the whole profile scrolls as one; older posts load on request.
 */
export function AccountPosts({ accountId, targetId, filter, name, callbacks }: AccountPostsProps) {
  const { t } = useTranslation();
  const source = useMemo(() => ({ kind: 'account' as const, id: targetId, filter }), [targetId, filter]);
  // Pinned posts are a timeline of their own, so the store keeps them as long as the profile shows them.
  const pinnedSource = useMemo(() => (filter === 'posts' ? { kind: 'account' as const, id: targetId, filter: 'pinned' as const } : null), [targetId, filter]);
  const timeline = useAtrium((state) => state.timelines[timelineKey(accountId, source)]);
  const pinnedTimeline = useAtrium((state) => (pinnedSource ? state.timelines[timelineKey(accountId, pinnedSource)] : undefined));
  const openTimeline = useAtrium((state) => state.openTimeline);
  const loadInitial = useAtrium((state) => state.loadInitial);
  const loadOlder = useAtrium((state) => state.loadOlder);
  const { onKeyDown } = useStatusKeyboard(accountId, callbacks);

  useEffect(() => {
    void openTimeline(accountId, source);
    if (pinnedSource) void openTimeline(accountId, pinnedSource);
  }, [accountId, source, pinnedSource, openTimeline]);

  if (!timeline || (timeline.status === 'loading' && timeline.items.length === 0)) return <TimelineSkeleton />;
  if (timeline.status === 'error' && timeline.items.length === 0) {
    return <ErrorPanel message={t('people.postsFailed', { detail: timeline.error ?? '' })} onRetry={() => void loadInitial(accountId, source)} />;
  }
  const pinnedIds = pinnedTimeline?.items.flatMap((item) => (item.type === 'status' ? [item.id] : [])) ?? [];
  const pinned = new Set(pinnedIds);
  // Posts fetched since the profile was last open wait in `pendingNew`; here they simply come first.
  const ids = [...new Set([...timeline.pendingNew, ...timeline.items].flatMap((item) => (item.type === 'status' && !pinned.has(item.id) ? [item.id] : [])))];
  if (ids.length === 0 && pinnedIds.length === 0) return <p className={styles.empty}>{t(`people.empty.${filter}`, { name })}</p>;

  return (
    <div role="feed" aria-label={t(`people.feed.${filter}`, { name })} aria-busy={timeline.loadingOlder} onKeyDown={onKeyDown}>
      {pinnedIds.map((id) => (
        <div key={`pinned-${id}`}>
          <p className={styles.pinnedLabel} aria-hidden="true">
            <Pin size={13} />
            {t('people.pinned')}
          </p>
          <StatusCard accountId={accountId} statusId={id} {...callbacks} />
        </div>
      ))}
      {ids.map((id) => (
        <StatusCard key={id} accountId={accountId} statusId={id} {...callbacks} />
      ))}
      {timeline.older || timeline.olderError || timeline.loadingOlder ? (
        timeline.olderError || timeline.loadingOlder ? (
          <TimelineFooter loading={timeline.loadingOlder} error={timeline.olderError} atEnd={false} onRetry={() => void loadOlder(accountId, source)} />
        ) : (
          <button type="button" className={styles.more} onClick={() => void loadOlder(accountId, source)}>
            {t('people.olderPosts')}
          </button>
        )
      ) : (
        <TimelineFooter loading={false} error={null} atEnd onRetry={() => undefined} />
      )}
    </div>
  );
}
