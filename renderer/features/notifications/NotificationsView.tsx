import type { mastodon } from 'masto';
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorPanel } from '../../components/ErrorPanel';
import { rovingStep } from '../../components/roving';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { useAtrium } from '../../store/store';
import { NewPostsButton, TimelineSkeleton } from '../timelines/TimelineRows';
import { useStatusKeyboard } from '../timelines/useStatusKeyboard';
import { useStream } from '../timelines/useTimelineStream';
import { groupNotifications, notificationFilters, notificationListKey, type NotificationFilter } from './notificationLogic';
import { NotificationRowView } from './NotificationRowView';
import { waitingNotifications } from './notificationSlice';
import { noteColumnLive } from '../a11y/liveColumns';
import { LazyLiveStatus } from '../live/LazyLiveStatus';

const userStream = { stream: 'user' } as const;
import styles from './NotificationsView.module.css';

/** Props of NotificationsView. */
export interface NotificationsViewProps extends StatusCallbacks {
  accountId: string;
  /** Names the list for screen readers (the shell shows the visible heading). */
  title: string;
}

/**
 * The account's notifications with All / Mentions / Follows tabs, live from the `user` stream (or checked now
 * and then when the server cannot stream); new ones wait behind a button, and what is shown is marked read.
 */
export function NotificationsView({ accountId, title, ...callbacks }: NotificationsViewProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<NotificationFilter>('all');
  const list = useAtrium((state) => state.notificationLists[notificationListKey(accountId, filter)]);
  const store = useAtrium.getState;

  useEffect(() => {
    const current = store().notificationLists[notificationListKey(accountId, filter)];
    void (current?.status === 'ready' ? store().catchUpNotifications(accountId, filter) : store().loadNotifications(accountId, filter));
  }, [accountId, filter, store]);

  useEffect(() => {
    void store().loadNotificationMarker(accountId);
  }, [accountId, store]);

  // What is on screen counts as read, so the rail's badge clears while you look.
  const newestShown = list?.items[0]?.id;
  useEffect(() => {
    if (newestShown) void store().markNotificationsRead(accountId);
  }, [accountId, newestShown, store]);

  const onEvent = useCallback(
    (event: string, payload: unknown) => {
      if (event === 'notification') store().receiveNotification(accountId, payload as mastodon.v1.Notification);
      else if (event === 'delete' && typeof payload === 'string') store().removeStatus(payload);
    },
    [accountId, store],
  );
  const onReconnect = useCallback(() => void store().catchUpNotifications(accountId, filter), [accountId, filter, store]);
  const onLiveChange = useCallback((live: boolean) => noteColumnLive(title, live), [title]);
  const onPoll = useCallback(async () => {
    const waiting = () => waitingNotifications(store().notificationLists[notificationListKey(accountId, filter)]);
    const before = waiting();
    await store().catchUpNotifications(accountId, filter, { quiet: true });
    return waiting() > before;
  }, [accountId, filter, store]);
  // The `user` stream carries notifications on every server (`user:notification` is Mastodon's alone).
  const live = useStream(accountId, userStream, { onEvent, onReconnect, onPoll, onLiveChange });

  const rows = useMemo(() => groupNotifications(list?.items ?? []), [list?.items]);
  const { onKeyDown } = useStatusKeyboard(accountId, callbacks);
  const tabIds = useId();
  const tabs = useRef<HTMLDivElement>(null);
  // A tablist is one Tab stop: arrow keys, Home and End move along it and show the tab they reach.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const to = rovingStep(notificationFilters.indexOf(filter), notificationFilters.length, event.key);
    const next = to === undefined ? undefined : notificationFilters[to];
    if (!next) return;
    event.preventDefault();
    setFilter(next);
    tabs.current?.querySelector<HTMLElement>(`#${CSS.escape(`${tabIds}-${next}`)}`)?.focus();
  };

  return (
    <div className={styles.view}>
      <Suspense fallback={null}>
        <LazyLiveStatus state={live} />
      </Suspense>
      <div ref={tabs} role="tablist" aria-label={t('notifications.filters')} className={styles.tabs} onKeyDown={onTabKey}>
        {notificationFilters.map((option) => (
          <button
            key={option}
            id={`${tabIds}-${option}`}
            type="button"
            role="tab"
            aria-selected={option === filter}
            aria-controls={`${tabIds}-panel`}
            tabIndex={option === filter ? 0 : -1}
            className={styles.tab}
            onClick={() => setFilter(option)}
          >
            {t(`notifications.filter.${option}`)}
          </button>
        ))}
      </div>
      {/* A frame that does not scroll holds the floating button below the tabs, not over them. */}
      <div className={styles.body}>
        <NewPostsButton
          count={waitingNotifications(list)}
          label={t('notifications.newCount', { count: waitingNotifications(list) })}
          onShow={() => store().showNewNotifications(accountId, filter)}
        />
        <div role="tabpanel" id={`${tabIds}-panel`} aria-labelledby={`${tabIds}-${filter}`} className={styles.panel} onKeyDown={onKeyDown}>
          {!list || (list.status === 'loading' && list.items.length === 0) ? (
            <TimelineSkeleton />
          ) : list.status === 'error' && list.items.length === 0 ? (
            <ErrorPanel message={t('notifications.failed', { detail: list.error })} onRetry={() => void store().loadNotifications(accountId, filter)} />
          ) : rows.length === 0 ? (
            <p className={styles.empty}>{t(`notifications.empty.${filter}`)}</p>
          ) : (
            <>
              {/* A feed holds only articles, so the button to load more sits after it. */}
              <div role="feed" aria-label={title} aria-busy={list.loadingOlder} className={styles.column}>
                {rows.map((row) => (
                  <NotificationRowView key={row.key} accountId={accountId} row={row} {...callbacks} />
                ))}
              </div>
              {list.older && (
                <button type="button" className={styles.more} disabled={list.loadingOlder} onClick={() => void store().loadOlderNotifications(accountId, filter)}>
                  {list.loadingOlder ? t('notifications.loadingOlder') : t('notifications.loadOlder')}
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
