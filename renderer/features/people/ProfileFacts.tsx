import { CalendarDays, CircleCheck, Hash } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import { Avatar } from '../../components/Avatar';
import { EmojiText } from '../../components/status/EmojiText';
import { RichText } from '../../components/status/RichText';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { familiarSummary, isVerified } from './profileLogic';
import type { LoadedProfile, ProfileState } from './profileSlice';
import styles from './ProfilePanel.module.css';

interface ProfileFactsProps {
  profile: LoadedProfile;
  callbacks: StatusCallbacks;
}

/** Bio, fields (verified links marked), counts, when they joined, who you know in common, and what they feature. */
export function ProfileFacts({ profile, callbacks }: ProfileFactsProps) {
  const { t, i18n } = useTranslation();
  const { account } = profile;
  const links = { onOpenAccount: callbacks.onOpenAccount, onOpenTag: callbacks.onOpenTag };
  const joined = Date.parse(account.createdAt);
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <div className={styles.facts}>
      {account.note && <RichText className={styles.bio} html={account.note} emojis={account.emojis} {...links} />}
      {account.fields.length > 0 && (
        <dl className={styles.fields}>
          {account.fields.map((field, index) => {
            const verified = isVerified(field);
            return (
              <div key={`${field.name}-${index}`} className={styles.field} data-verified={verified}>
                <dt>
                  <EmojiText text={field.name} emojis={account.emojis} />
                </dt>
                <dd>
                  <RichText html={field.value} emojis={account.emojis} {...links} />
                  {verified && (
                    <span className={styles.verified} title={t('people.verifiedOn', { date: new Date(field.verifiedAt as string).toLocaleDateString(i18n.language) })}>
                      <CircleCheck size={14} aria-hidden="true" />
                      <span className="visually-hidden">{t('people.verified')}</span>
                    </span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      <p className={styles.counts}>
        <span>{t('people.posts', { count: account.statusesCount, formatted: number.format(account.statusesCount) })}</span>
        <span>{t('people.followingCount', { count: account.followingCount, formatted: number.format(account.followingCount) })}</span>
        <span>{t('people.followers', { count: account.followersCount, formatted: number.format(account.followersCount) })}</span>
        {!Number.isNaN(joined) && (
          <span className={styles.joined}>
            <CalendarDays size={14} aria-hidden="true" />
            {t('people.joined', { date: new Date(joined).toLocaleDateString(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' }) })}
          </span>
        )}
      </p>
      <FamiliarFollowers profile={profile} onOpenAccount={callbacks.onOpenAccount} />
      {profile.featuredTags.length > 0 && (
        <section className={styles.section} aria-label={t('people.featuredTags')}>
          <h4 className={styles.sectionTitle}>{t('people.featuredTags')}</h4>
          <ul className={styles.chips}>
            {profile.featuredTags.map((tag) => (
              <li key={tag.id ?? tag.name}>
                <button type="button" className={styles.chip} onClick={() => callbacks.onOpenTag(tag.name)}>
                  <Hash size={13} aria-hidden="true" />
                  {tag.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {profile.featured.length > 0 && (
        <section className={styles.section} aria-label={t('people.featuredPeople')}>
          <h4 className={styles.sectionTitle}>{t('people.featuredPeople')}</h4>
          <ul className={styles.people}>
            {profile.featured.map((person) => {
              const name = person.displayName?.trim() || person.username;
              return (
                <li key={person.id}>
                  <button type="button" className={styles.person} onClick={() => callbacks.onOpenAccount(person.id)}>
                    <Avatar src={person.avatarStatic || person.avatar} name={name} size={32} className={styles.smallAvatar} />
                    <span className={styles.personNames}>
                      <span>
                        <EmojiText text={name} emojis={person.emojis} />
                      </span>
                      <span className={styles.muted}>@{person.acct}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

/** "Followed by Ana, Ben and 3 others you follow", with their avatars; nothing when none. */
function FamiliarFollowers({ profile, onOpenAccount }: { profile: ProfileState; onOpenAccount(idOrAcct: string): void }) {
  const { t } = useTranslation();
  if (profile.familiar.length === 0) return null;
  const { names, others } = familiarSummary(profile.familiar);
  const sentence = others > 0 ? t('people.familiarMore', { names: names.join(', '), count: others }) : names.length === 2 ? t('people.familiarTwo', { first: names[0], second: names[1] }) : t('people.familiarOne', { name: names[0] });
  return (
    <div className={styles.familiar}>
      <span className={styles.faces}>
        {profile.familiar.slice(0, 3).map((person) => (
          <button key={person.id} type="button" className={styles.face} onClick={() => onOpenAccount(person.id)} aria-label={t('people.open', { name: person.displayName?.trim() || person.username })}>
            <Avatar src={person.avatarStatic || person.avatar} name={person.displayName || person.username} size={24} rounded="circle" />
          </button>
        ))}
      </span>
      <span>{sentence}</span>
    </div>
  );
}
