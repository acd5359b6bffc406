import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { AccountList } from './AccountList';
import { AccountPosts } from './AccountPosts';
import { nextTab, profileTabs, type ProfileTab } from './profileLogic';
import type { LoadedProfile } from './profileSlice';
import styles from './ProfilePanel.module.css';

interface ProfileTabsProps {
  accountId: string;
  profile: LoadedProfile;
  callbacks: StatusCallbacks;
}

/** Posts, posts and replies, media, followers and following, as a real tablist (arrows, Home, End). */
export function ProfileTabs({ accountId, profile, callbacks }: ProfileTabsProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<ProfileTab>('posts');
  const base = useId();
  const buttons = useRef(new Map<ProfileTab, HTMLButtonElement>());
  const name = profile.account.displayName?.trim() || profile.account.username;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextTab(tab, event.key);
    if (!next) return;
    event.preventDefault();
    setTab(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <div className={styles.tabs}>
      <div role="tablist" aria-label={t('people.tabsLabel', { name })} className={styles.tablist} onKeyDown={onKeyDown}>
        {profileTabs.map((candidate) => (
          <button
            key={candidate}
            ref={(element) => {
              if (element) buttons.current.set(candidate, element);
              else buttons.current.delete(candidate);
            }}
            type="button"
            role="tab"
            id={`${base}-${candidate}`}
            aria-selected={tab === candidate}
            aria-controls={`${base}-${candidate}-panel`}
            tabIndex={tab === candidate ? 0 : -1}
            className={styles.tab}
            onClick={() => setTab(candidate)}
          >
            {t(`people.tabs.${candidate}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-${tab}-panel`} aria-labelledby={`${base}-${tab}`}>
        {tab === 'followers' || tab === 'following' ? (
          <AccountList key={tab} accountId={accountId} targetId={profile.account.id} direction={tab} onOpenAccount={callbacks.onOpenAccount} />
        ) : (
          <AccountPosts key={tab} accountId={accountId} targetId={profile.account.id} filter={tab} name={name} callbacks={callbacks} />
        )}
      </div>
    </div>
  );
}
