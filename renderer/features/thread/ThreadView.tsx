import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusCard, type StatusCallbacks } from '../../components/status/StatusCard';
import { useAtrium } from '../../store/store';
import { TimelineSkeleton } from '../timelines/TimelineRows';
import { useStatusKeyboard } from '../timelines/useStatusKeyboard';
import { replyDepths } from './threadLogic';
import { threadKey } from './threadSlice';
import styles from './ThreadView.module.css';

/** Props of ThreadView. */
export interface ThreadViewProps extends StatusCallbacks {
  accountId: string;
  /** The post opened; for a boost, pass the boosted post's id. */
  statusId: string;
}

/** Replies deeper than this are drawn at this depth, so a long back-and-forth stays readable. */
const MAX_INDENT = 5;

/** A post with its context: what it replies to above, the post highlighted, the replies below, indented by depth. */
export function ThreadView({ accountId, statusId, ...callbacks }: ThreadViewProps) {
  const { t } = useTranslation();
  const thread = useAtrium((state) => state.threads[threadKey(accountId, statusId)]);
  const statuses = useAtrium((state) => state.statuses);
  const loadThread = useAtrium((state) => state.loadThread);
  const focused = useRef<HTMLLIElement>(null);

  useEffect(() => {
    void loadThread(accountId, statusId);
  }, [accountId, statusId, loadThread]);

  const ready = thread?.status === 'ready';
  useEffect(() => {
    // Bring the opened post into view once its context has pushed it down.
    if (ready) focused.current?.scrollIntoView?.({ block: 'start' });
  }, [ready]);

  const descendants = thread?.descendants;
  const replies = useMemo(
    () => replyDepths(statusId, (descendants ?? []).map((id) => ({ id, inReplyToId: statuses[id]?.inReplyToId }))),
    // Depth depends on ids and parents only; a favourite elsewhere must not recompute it.
    [statusId, descendants], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const { onKeyDown } = useStatusKeyboard(accountId, callbacks);

  if (!thread || (thread.status === 'loading' && !statuses[statusId])) return <TimelineSkeleton />;
  if (thread.status === 'error' && !statuses[statusId]) {
    return <ErrorPanel message={t('thread.failed', { detail: thread.error })} onRetry={() => void loadThread(accountId, statusId)} />;
  }
  if (!statuses[statusId]) return <p className={styles.gone}>{t('thread.deleted')}</p>;

  return (
    <div className={styles.thread} onKeyDown={onKeyDown}>
      <ol className={styles.list} aria-label={t('thread.label')}>
        {thread.ancestors.map((id) => (
          <li key={id} className={styles.ancestor}>
            <StatusCard accountId={accountId} statusId={id} {...callbacks} />
          </li>
        ))}
        <li ref={focused} className={styles.focused}>
          <StatusCard accountId={accountId} statusId={statusId} highlighted {...callbacks} />
        </li>
        {replies.map(({ id, depth }) => (
          <li key={id} className={styles.reply} data-depth={Math.min(depth, MAX_INDENT)} style={{ paddingInlineStart: `calc(${Math.min(depth, MAX_INDENT) - 1} * var(--space-5))` }}>
            <StatusCard accountId={accountId} statusId={id} {...callbacks} />
          </li>
        ))}
      </ol>
      {thread.status === 'loading' && <p role="status" className="visually-hidden">{t('thread.loading')}</p>}
      {thread.status === 'ready' && replies.length === 0 && <p className={styles.gone}>{t('thread.noReplies')}</p>}
    </div>
  );
}
