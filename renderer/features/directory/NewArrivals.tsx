import { useTranslation } from '../../i18n/useTranslation';
import type { DirectoryPerson } from '../../../shared/directory';
import { Avatar } from '../../components/Avatar';
import type { DirectoryIndex } from './directoryIndex';
import styles from './Directory.module.css';

/** Joined this recently to count as a new arrival. */
const ARRIVAL_DAYS = 30;
const SHOWN = 6;

/** The newest colleagues (joined in the last month), newest first. */
export function newArrivals(index: DirectoryIndex, nowMs: number): DirectoryPerson[] {
  const since = nowMs - ARRIVAL_DAYS * 86_400_000;
  const newest = index.query({ text: '', filters: {}, sort: 'newest' });
  const arrivals: DirectoryPerson[] = [];
  for (const id of newest) {
    const person = index.person(id);
    if (!person || !(Date.parse(person.createdAt) >= since) || arrivals.length >= SHOWN) break;
    arrivals.push(person);
  }
  return arrivals;
}

/** A row of the newest colleagues, each opening their profile: say hello. */
export function NewArrivals({ people, onOpenProfile }: { people: readonly DirectoryPerson[]; onOpenProfile(id: string): void }) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <section className={styles.arrivals} aria-labelledby="directory-arrivals">
      <h2 id="directory-arrivals" className={styles.sectionTitle}>
        {t('directory.newArrivals')}
      </h2>
      <ul className={styles.arrivalList}>
        {people.map((person) => {
          const name = person.displayName.replace(/:[\w+-]+:/g, '').trim() || person.username;
          return (
            <li key={person.id}>
              <button type="button" className={styles.arrival} onClick={() => onOpenProfile(person.id)}>
                <Avatar src={person.avatar} name={name} size={40} />
                <span className={styles.arrivalName}>{name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
