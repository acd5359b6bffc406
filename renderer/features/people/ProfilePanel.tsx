import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorPanel } from '../../components/ErrorPanel';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { useAtrium } from '../../store/store';
import { PrivateNote } from './PrivateNote';
import { ProfileFacts } from './ProfileFacts';
import { ProfileHeader } from './ProfileHeader';
import { isLoaded, profileKey } from './profileSlice';
import { ProfileTabs } from './ProfileTabs';
import styles from './ProfilePanel.module.css';

/** Props of ProfilePanel. */
export interface ProfilePanelProps {
  /** The signed-in account looking. */
  accountId: string;
  /** The person: an account id, or a handle from a mention. */
  idOrAcct: string;
  callbacks: StatusCallbacks;
}

/**
 * A person's profile in the side panel: who they are, how you relate to them, and their posts
 * and people in tabs. Focus moves to their name when it shows, and back where it was on close.
 */
export function ProfilePanel({ accountId, idOrAcct, callbacks }: ProfilePanelProps) {
  const { t } = useTranslation();
  const key = profileKey(accountId, idOrAcct);
  const profile = useAtrium((state) => state.profiles[key]);
  const loadProfile = useAtrium((state) => state.loadProfile);
  const ownAcct = useAtrium((state) => state.accounts.find((candidate) => candidate.id === accountId)?.acct);
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadProfile(accountId, idOrAcct);
  }, [accountId, idOrAcct, loadProfile]);

  // Focus returns to what opened the profile (a name in a post) when the panel closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = root.current;
    return () => {
      const active = document.activeElement;
      if (opener?.isConnected && (!active || active === document.body || panel?.contains(active))) opener.focus();
    };
  }, [idOrAcct]);

  const ready = profile?.status === 'ready';
  useEffect(() => {
    if (ready) heading.current?.focus({ preventScroll: true });
  }, [ready, idOrAcct]);

  return (
    <div ref={root} className={styles.panel}>
      {profile?.status === 'error' ? (
        <ErrorPanel message={t('people.failed', { detail: profile.error ?? '' })} onRetry={() => void loadProfile(accountId, idOrAcct)} />
      ) : !isLoaded(profile) ? (
        <p className={styles.loading} role="status">
          {t('people.loading')}
        </p>
      ) : (
        <>
          <ProfileHeader accountId={accountId} idOrAcct={idOrAcct} profile={profile} own={profile.account.acct === ownAcct} headingRef={heading} onOpenAccount={callbacks.onOpenAccount} />
          <ProfileFacts profile={profile} callbacks={callbacks} />
          {profile.relationship && profile.account.acct !== ownAcct && <PrivateNote key={profile.account.id} accountId={accountId} idOrAcct={idOrAcct} profile={profile} />}
          <ProfileTabs accountId={accountId} profile={profile} callbacks={callbacks} />
        </>
      )}
    </div>
  );
}
