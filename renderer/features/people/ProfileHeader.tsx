import { ArrowRightLeft, BadgeCheck, Users } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Avatar } from '../../components/Avatar';
import { EmojiText } from '../../components/status/EmojiText';
import { handleOf, isColleague, isOfficial } from '../../components/status/AuthorLine';
import { FollowButton } from '../shell/FollowButton';
import { ProfileActions } from './ProfileActions';
import { headerOf, movedTo } from './profileLogic';
import type { LoadedProfile } from './profileSlice';
import styles from './ProfilePanel.module.css';

interface ProfileHeaderProps {
  accountId: string;
  idOrAcct: string;
  profile: LoadedProfile;
  /** True for the signed-in account's own profile: nothing to follow, mute or block. */
  own: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onOpenAccount(idOrAcct: string): void;
}

/** The top of a profile: header picture, avatar, name, handle, marks, and what you can do. */
export function ProfileHeader({ accountId, idOrAcct, profile, own, headingRef, onOpenAccount }: ProfileHeaderProps) {
  const { t } = useTranslation();
  const { account } = profile;
  const name = account.displayName?.trim() || account.username;
  const header = headerOf(account);
  const destination = movedTo(account);

  return (
    <div className={styles.top}>
      {destination && <MovedNotice accountId={accountId} name={name} destination={destination} onOpenAccount={onOpenAccount} />}
      <div className={styles.banner} style={header ? { backgroundImage: `url("${encodeURI(header)}")` } : undefined} />
      <div className={styles.identity}>
        <Avatar className={styles.avatar} src={account.avatarStatic || account.avatar} name={name} size={84} />
      </div>
      <div className={styles.names}>
        <h3 ref={headingRef} tabIndex={-1} className={styles.name}>
          <EmojiText text={name} emojis={account.emojis} />
        </h3>
        <p className={styles.handle}>
          <span>{handleOf(account)}</span>
          {/* One mark per person, as in the post card: Official wins over Colleague. */}
          {isOfficial(account) ? (
            <span className={styles.mark}>
              <BadgeCheck size={12} aria-hidden="true" />
              {t('people.official')}
            </span>
          ) : (
            isColleague(account) && (
              <span className={styles.mark}>
                <Users size={12} aria-hidden="true" />
                {t('people.colleague')}
              </span>
            )
          )}
          {profile.relationship?.followedBy && <span className={styles.mark}>{t('people.followsYou')}</span>}
        </p>
      </div>
      {/* A row of its own, so the buttons never crowd the avatar in a narrow panel. */}
      {!own && !destination && <ProfileActions accountId={accountId} idOrAcct={idOrAcct} profile={profile} name={name} acct={account.acct} />}
    </div>
  );
}

/** An account that moved: where its person is now, with one click to follow them there. */
function MovedNotice({ accountId, name, destination, onOpenAccount }: { accountId: string; name: string; destination: NonNullable<ReturnType<typeof movedTo>>; onOpenAccount(idOrAcct: string): void }) {
  const { t } = useTranslation();
  const newName = destination.displayName?.trim() || destination.username;
  return (
    <section className={styles.moved} aria-label={t('people.movedLabel')}>
      <ArrowRightLeft size={18} aria-hidden="true" />
      <div className={styles.movedText}>
        <p>{t('people.moved', { name })}</p>
        <button type="button" className={styles.linkButton} onClick={() => onOpenAccount(destination.id)}>
          <Avatar src={destination.avatarStatic || destination.avatar} name={newName} size={24} className={styles.smallAvatar} />
          <span>
            {newName} <span className={styles.muted}>{handleOf(destination)}</span>
          </span>
        </button>
      </div>
      <FollowButton accountId={accountId} targetId={destination.id} />
    </section>
  );
}
