import type { TFunction } from '../../i18n/translator';
import type { mastodon } from 'masto';
import { BadgeCheck, Sparkles } from 'lucide-react';
import { memo } from 'react';
import type { DirectoryPerson } from '../../../shared/directory';
import { Avatar } from '../../components/Avatar';
import { EmojiText } from '../../components/status/EmojiText';
import { isOfficial } from '../../components/status/AuthorLine';
import { htmlToText } from './directoryText';
import type { Facet } from './facets';
import { fieldsOf } from './facets';
import { FollowToggle } from './FollowToggle';
import { useDirectory } from './directoryStore';
import styles from './Directory.module.css';

/** How many days a colleague is marked as new. */
const NEW_DAYS = 30;

interface PersonCardProps {
  accountId: string;
  person: DirectoryPerson;
  /** The facets whose values show as chips (each opens that value's page). */
  facets: readonly Facet[];
  onOpenProfile(id: string): void;
  onOpenTeam?(facetKey: string, valueKey: string, opener: HTMLElement): void;
  /** Hides the Follow button (the signed-in account's own card). */
  self?: boolean;
  /** The list's translator: one per list, not one subscription per card mounted on each key press. */
  t: TFunction;
}

/**
 * One colleague: avatar, name, handle, marks, their facet values as chips, the start of their bio,
 * Follow. Memoized: while typing, the people still in view are not drawn again.
 */
export const PersonCard = memo(function PersonCard({ accountId, person, facets, onOpenProfile, onOpenTeam, self = false, t }: PersonCardProps) {
  const openedAt = useDirectory((state) => state.openedAt);
  const name = person.displayName.trim() || person.username;
  const fields = fieldsOf(person);
  const chips = facets.flatMap((facet) => {
    const field = fields.get(facet.key);
    return field ? [{ facet, field }] : [];
  });
  const joined = Date.parse(person.createdAt);
  const isNew = Number.isFinite(joined) && openedAt - joined < NEW_DAYS * 86_400_000;
  const bio = htmlToText(person.note);
  // The card's emoji list has what EmojiText draws; the picker flag does not matter here.
  const emojis = person.emojis.map((emoji) => ({ ...emoji, visibleInPicker: false })) as mastodon.v1.CustomEmoji[];

  return (
    <article className={styles.card} aria-label={name}>
      <button type="button" className={styles.avatarButton} onClick={() => onOpenProfile(person.id)} tabIndex={-1} aria-hidden="true">
        <Avatar src={person.avatar} name={name} size={48} />
      </button>
      <div className={styles.cardBody}>
        <div className={styles.nameLine}>
          <button type="button" className={styles.name} onClick={() => onOpenProfile(person.id)}>
            <EmojiText text={name} emojis={emojis} />
          </button>
          {isOfficial(person) && (
            <span className={styles.official}>
              <BadgeCheck size={14} aria-hidden="true" />
              {t('directory.official')}
            </span>
          )}
          {isNew && (
            <span className={styles.newMark}>
              <Sparkles size={12} aria-hidden="true" />
              {t('directory.new')}
            </span>
          )}
        </div>
        <span className={styles.handle}>@{person.acct}</span>
        {chips.length > 0 && (
          <ul className={styles.chips} aria-label={t('directory.fieldsOf', { name })}>
            {chips.map(({ facet, field }) => (
              <li key={facet.key}>
                {onOpenTeam ? (
                  <button
                    type="button"
                    className={styles.chip}
                    title={t('directory.openTeam', { field: facet.label, value: field.value })}
                    onClick={(event) => onOpenTeam(facet.key, field.valueKey, event.currentTarget)}
                  >
                    <span className="visually-hidden">{facet.label}: </span>
                    {field.value}
                  </button>
                ) : (
                  <span className={styles.chip}>
                    <span className="visually-hidden">{facet.label}: </span>
                    {field.value}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {bio && <p className={styles.bio}>{bio}</p>}
      </div>
      {!self && <FollowToggle accountId={accountId} targetId={person.id} name={name} t={t} />}
    </article>
  );
});
