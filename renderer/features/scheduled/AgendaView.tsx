import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import type { DeskEntry } from './deskEntry';
import { formatDay } from './deskFormat';
import { agendaDays } from './deskLogic';
import { EntryCard, type EntryAction } from './EntryCard';
import styles from './Scheduled.module.css';

/** Every shown post, grouped under the day it goes out on in the planning zone. */
export function AgendaView({ entries, accounts, zone, onAction }: { entries: readonly DeskEntry[]; accounts: readonly AccountSummary[]; zone: string; onAction(action: EntryAction, entry: DeskEntry): void }) {
  const { i18n } = useTranslation();
  const byId = new Map(accounts.map((account) => [account.id, account]));
  return (
    <div className={styles.agenda}>
      {agendaDays(entries, zone).map(({ day, entries: list }) => (
        <section key={day} className={styles.agendaDay} aria-labelledby={`agenda-${day}`}>
          <h3 id={`agenda-${day}`} className={styles.dayHeading}>
            {formatDay(day, i18n.language)}
          </h3>
          <ul className={styles.entryList}>
            {list.map((entry) => (
              <li key={entry.key}>
                <EntryCard entry={entry} account={byId.get(entry.accountId)} zone={zone} onAction={onAction} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
