import type { DirectoryPerson } from '../../../shared/directory';
import { useTranslation } from '../../i18n/useTranslation';
import { Avatar } from '../../components/Avatar';
import { useDirectory } from '../directory/directoryStore';
import { fieldsOf } from '../directory/facets';
import styles from './FirstDay.module.css';

interface ChoiceListProps {
  id: string;
  title: string;
  hint?: string;
  people: readonly DirectoryPerson[];
  chosen: ReadonlySet<string>;
  onToggle(id: string, chosen: boolean): void;
}

/** A section of people to tick; people already followed show so and cannot be ticked. */
export function ChoiceList({ id, title, hint, people, chosen, onToggle }: ChoiceListProps) {
  const { t } = useTranslation();
  const relationships = useDirectory((state) => state.relationships);
  if (people.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.sectionTitle}>
        {title}
      </h3>
      {hint && <p className={styles.hint}>{hint}</p>}
      <ul className={styles.choices}>
        {people.map((person) => {
          const name = person.displayName.replace(/:[\w+-]+:/g, '').trim() || person.username;
          const following = Boolean(relationships[person.id]?.following || relationships[person.id]?.requested);
          const about = [...fieldsOf(person).values()].slice(0, 2).map((field) => field.value).join(' · ');
          return (
            <li key={person.id}>
              <label className={styles.choice}>
                <input type="checkbox" checked={following || chosen.has(person.id)} disabled={following} onChange={(event) => onToggle(person.id, event.target.checked)} />
                <Avatar src={person.avatar} name={name} size={36} />
                <span className={styles.who}>
                  <span className={styles.name}>{name}</span>
                  <span className={styles.detail}>
                    @{person.acct}
                    {about && ` · ${about}`}
                  </span>
                </span>
                {following && <span className={styles.following}>{t('firstDay.alreadyFollowing')}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
