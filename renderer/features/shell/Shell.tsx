import { Bell, Bookmark, Building2, CalendarClock, Contact, Globe2, Home, List, Star, type LucideIcon } from 'lucide-react';
import { Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ActionNotices } from '../../components/status/ActionNotices';
import { lazyNamed } from '../../components/lazyNamed';
import { selectActiveAccount, useAtrium } from '../../store/store';
import { AccountSwitcher } from './AccountSwitcher';
import { Columns } from './Columns';
import type { MainView } from './layoutSlice';
import { NeedsSignInBanner } from './NeedsSignInBanner';
import { OrgMark } from '../organization/OrgMark';
import { PaletteLauncher } from '../palette/PaletteLauncher';
import { OfflineBanner } from './OfflineBanner';
import { ServerStatusSlot } from '../faults/ServerStatusSlot';
import { LazyPendingSignOuts } from '../signOut/LazyPendingSignOuts';
import styles from './Shell.module.css';
import { useAccountActions } from './useAccountActions';
import { useShellShortcuts } from './useShellShortcuts';
import { useUnreadNotifications } from './useUnreadNotifications';
import { ComposeButton } from '../composer/ComposeButton';
import { useComposeShortcut } from '../composer/useComposeShortcut';
import { LazyComposerHost } from '../composer/LazyComposerHost';
import { useFirstDay } from '../firstDay/useFirstDay';
import { KeyboardLayer } from '../a11y/KeyboardLayer';
import { SkipLink } from '../a11y/SkipLink';
import { useOpenLinks } from '../desktop/useOpenLinks';

const AddAccountScreen = lazyNamed(() => import('../a11y/AddAccountScreen'), 'AddAccountScreen', ['signIn']);

const railItems: { view: MainView; icon: LucideIcon; label: string }[] = [
  { view: 'home', icon: Home, label: 'shell.home' },
  { view: 'local', icon: Building2, label: 'shell.local' },
  { view: 'notifications', icon: Bell, label: 'shell.notifications' },
  { view: 'federated', icon: Globe2, label: 'shell.federated' },
  { view: 'bookmarks', icon: Bookmark, label: 'shell.bookmarks' },
  { view: 'favourites', icon: Star, label: 'shell.favourites' },
  { view: 'lists', icon: List, label: 'shell.lists' },
  { view: 'directory', icon: Contact, label: 'shell.directory' },
  { view: 'scheduled', icon: CalendarClock, label: 'shell.scheduled' },
];

/** The signed-in frame: the rail on the left, the columns beside it. */
export function Shell() {
  const { t } = useTranslation();
  const account = useAtrium(selectActiveAccount);
  const mainView = useAtrium((state) => state.mainView);
  const showView = useAtrium((state) => state.showView);
  const addingAccount = useAtrium((state) => state.addingAccount);
  const setAddingAccount = useAtrium((state) => state.setAddingAccount);
  const { signOut, signInAgain, notice } = useAccountActions();
  const unread = useUnreadNotifications(account?.id);
  useShellShortcuts();
  useComposeShortcut();
  // The composer's code loads the first time it is asked for, not with the first screen.
  const composerUsed = useAtrium((state) => state.composerRequest !== null);
  useFirstDay(account);
  useOpenLinks(account?.id);

  if (addingAccount) {
    return (
      <Suspense fallback={null}>
        <AddAccountScreen onCancel={() => setAddingAccount(false)} />
      </Suspense>
    );
  }
  if (!account) return null;

  return (
    <div className={styles.shell}>
      <SkipLink />
      <nav className={styles.rail} aria-label={t('shell.navigation')} data-region="rail">
        <AccountSwitcher onSignOut={(target) => void signOut(target)} onSignInAgain={(target) => void signInAgain(target)} />
        <ComposeButton />
        <ul className={styles.railList}>
          {railItems.map(({ view, icon: Icon, label }) => (
            <li key={view}>
              <button
                type="button"
                className={styles.railItem}
                aria-current={mainView === view ? 'page' : undefined}
                onClick={() => showView(view)}
                title={t(label)}
              >
                <Icon size={22} aria-hidden="true" />
                <span className={styles.railLabel}>{t(label)}</span>
                {view === 'notifications' && unread > 0 && (
                  <span className={styles.badge} aria-label={t('shell.unread', { count: unread })}>
                    {unread > 99 ? '99+' : unread}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
        <PaletteLauncher account={account} className={styles.railItem} />
        <OrgMark accountId={account.id} host={new URL(account.instanceUrl).host} />
      </nav>
      <div className={styles.workspace}>
        <OfflineBanner host={new URL(account.instanceUrl).host} />
        <ServerStatusSlot host={new URL(account.instanceUrl).host} />
        {account.needsSignIn && <NeedsSignInBanner account={account} onSignIn={() => void signInAgain(account)} />}
        <LazyPendingSignOuts />
        {notice && (
          <p className={styles.notice} role="status">
            {notice}
          </p>
        )}
        <Columns account={account} />
      </div>
      {composerUsed && <LazyComposerHost />}
      <ActionNotices />
      <KeyboardLayer />
    </div>
  );
}
