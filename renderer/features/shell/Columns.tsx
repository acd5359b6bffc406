import { Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { AccountHandle } from '../../components/AccountHandle';
import { useAfterFirstScreen } from '../../components/afterFirstScreen';
import { lazyNamed } from '../../components/lazyNamed';
import { useAtrium } from '../../store/store';
import { LazyNotificationsView } from '../notifications/LazyNotificationsView';
import { LazyScheduledView } from '../scheduled/lazyScheduled';
import { Timeline } from '../timelines/Timeline';
import { useHomeCache } from '../timelines/useHomeCache';
import { ColumnHeader } from './ColumnHeader';
import { PinnedColumns } from './PinnedColumns';
import styles from './Columns.module.css';
import type { MainView } from './layoutSlice';
import { useInstanceTitle } from './useInstanceTitle';
import { useMediaQuery } from './useMediaQuery';
import { ColumnBody } from './ColumnBody';
import { LazyAboutView, LazyAnnouncements } from '../organization/lazyViews';
import { useComposerCallbacks } from '../composer/composerCallbacks';
import { useViewFocus } from '../a11y/useViewFocus';

const SidePanelColumn = lazyNamed(() => import('./SidePanelColumn'), 'SidePanelColumn', ['thread', 'a11y']);
const ListsView = lazyNamed(() => import('../lists/ListsView'), 'ListsView', ['lists']);
const DirectoryView = lazyNamed(() => import('../directory/DirectoryView'), 'DirectoryView', ['directory']);
const FirstDayView = lazyNamed(() => import('../firstDay/FirstDayView'), 'FirstDayView', ['firstDay', 'directory']);

const timelineOf: Record<Exclude<MainView, 'notifications' | 'lists' | 'about' | 'directory' | 'welcome' | 'scheduled'>, Parameters<typeof Timeline>[0]['source']> = {
  home: { kind: 'home' },
  local: { kind: 'local' },
  federated: { kind: 'federated' },
  bookmarks: { kind: 'bookmarks' },
  favourites: { kind: 'favourites' },
};

/**
 * The main column, Notifications beside it when the window is wide (Mastodon's advanced
 * layout), and the side panel for a thread, profile or hashtag without losing your place.
 */
export function Columns({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  const mainView = useAtrium((state) => state.mainView);
  const openPanel = useAtrium((state) => state.openPanel);
  // The panel's code (and its strings) loads when a panel first opens, not with the first screen.
  const panelOpen = useAtrium((state) => state.sidePanel !== null);
  // Announcements come just after the first screen is drawn: Home's posts first.
  const afterFirstScreen = useAfterFirstScreen();
  const wide = useMediaQuery('(min-width: 1180px)');
  const homeReady = useHomeCache(account.id);
  const composerCallbacks = useComposerCallbacks();

  const callbacks: StatusCallbacks = {
    onOpenStatus: (statusId) => openPanel({ kind: 'thread', statusId }),
    onOpenAccount: (accountId) => openPanel({ kind: 'account', accountId }),
    onOpenTag: (tag) => openPanel({ kind: 'tag', tag }),
    ...composerCallbacks,
  };
  const organization = useInstanceTitle(account.id);
  const title = mainView === 'local' && organization ? organization : t(`shell.${mainView}`);
  useViewFocus({ account, view: mainView, title });

  return (
    <main className={styles.columns}>
      <section className={mainView === 'scheduled' || mainView === 'notifications' ? `${styles.column} ${styles.wide}` : styles.column} aria-labelledby="column-main">
        <ColumnHeader id="column-main" title={title} detail={<AccountHandle account={account} />} level={1} />
        {mainView === 'home' && afterFirstScreen && (
          <Suspense fallback={null}>
            <LazyAnnouncements key={account.id} accountId={account.id} />
          </Suspense>
        )}
        <ColumnBody>
          {mainView === 'notifications' ? (
            <LazyNotificationsView key={account.id} accountId={account.id} title={title} {...callbacks} />
          ) : mainView === 'lists' ? (
            <Suspense fallback={null}>
              <ListsView key={account.id} account={account} />
            </Suspense>
          ) : mainView === 'scheduled' ? (
            <Suspense fallback={null}>
              <LazyScheduledView />
            </Suspense>
          ) : mainView === 'about' ? (
            <Suspense fallback={null}>
              <LazyAboutView key={account.id} account={account} />
            </Suspense>
          ) : mainView === 'directory' || mainView === 'welcome' ? (
            <Suspense fallback={null}>
              {mainView === 'directory' ? <DirectoryView key={account.id} account={account} /> : <FirstDayView key={account.id} account={account} />}
            </Suspense>
          ) : mainView !== 'home' || homeReady ? (
            <Timeline key={`${account.id}:${mainView}`} accountId={account.id} source={timelineOf[mainView]} title={title} {...callbacks} />
          ) : null}
        </ColumnBody>
      </section>
      <PinnedColumns accountId={account.id} callbacks={callbacks} />
      {wide && mainView !== 'notifications' && mainView !== 'scheduled' && (
        <section className={styles.column} aria-labelledby="column-notifications">
          <ColumnHeader id="column-notifications" title={t('shell.notifications')} />
          <ColumnBody>
            <LazyNotificationsView key={account.id} accountId={account.id} title={t('shell.notifications')} {...callbacks} />
          </ColumnBody>
        </section>
      )}
      {panelOpen && (
        <Suspense fallback={null}>
          <SidePanelColumn account={account} callbacks={callbacks} />
        </Suspense>
      )}
    </main>
  );
}
