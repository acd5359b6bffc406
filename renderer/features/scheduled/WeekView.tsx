import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useRef, useState, type CSSProperties, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { Avatar } from '../../components/Avatar';
import type { DeskEntry } from './deskEntry';
import { formatDay, formatTime } from './deskFormat';
import { applyMove, excerpt, moveForKey, moveToDay, startOfDay, weekDays } from './deskLogic';
import { entryLabel } from './EntryCard';
import styles from './Scheduled.module.css';
import { useNow } from './useNow';
import { addDays, dayKey, fromWallClock, toWallClock } from './zonedTime';

const DRAG_TYPE = 'application/x-atrium-scheduled';

interface WeekViewProps {
  entries: readonly DeskEntry[];
  accounts: readonly AccountSummary[];
  zone: string;
  /** Moves a post; resolves once the server answered. */
  onMove(entry: DeskEntry, at: number): Promise<unknown>;
  /** Opens the time dialog for a post. */
  onOpen(entry: DeskEntry): void;
}

/**
 * A week as seven day columns. A post is dragged to another day (same time of day), or moved from
 * the keyboard: Alt+←/→ a day, Alt+↑/↓ a quarter of an hour; Enter opens it to set any time.
 */
export function WeekView({ entries, accounts, zone, onMove, onOpen }: WeekViewProps) {
  const { t, i18n } = useTranslation();
  const [weekOffset, setWeekOffset] = useState(0);
  const [dropDay, setDropDay] = useState<string | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const now = useNow();
  // The calendar starts today, so the coming seven days are always in view and tomorrow is a drag away.
  const first = addDays(startOfDay(now, zone), weekOffset * 7);
  const days = weekDays(first, entries, zone);
  const today = dayKey(toWallClock(now, zone));

  // A moved post is drawn in another column, as a new element: focus follows it there.
  useEffect(() => {
    const key = focusAfterMove.current;
    if (!key) return;
    document.querySelector<HTMLElement>(`[data-week-entry="${CSS.escape(key)}"]`)?.focus();
  }, [entries]);

  const onKeyDown = (entry: DeskEntry) => (event: KeyboardEvent) => {
    const move = moveForKey(event.key, event.altKey);
    if (!move) return;
    event.preventDefault();
    focusAfterMove.current = entry.key;
    const at = applyMove(entry.at, move, zone);
    // Moving past the week's edge turns the page with it, so the post stays in view.
    if (at < fromWallClock(first, zone)) setWeekOffset((offset) => offset - 1);
    else if (at >= fromWallClock(addDays(first, 7), zone)) setWeekOffset((offset) => offset + 1);
    void onMove(entry, at);
  };
  const onDrop = (day: string) => (event: DragEvent) => {
    event.preventDefault();
    setDropDay(null);
    const key = event.dataTransfer.getData(DRAG_TYPE);
    const entry = entries.find((candidate) => candidate.key === key);
    if (entry) void onMove(entry, moveToDay(entry.at, day, zone));
  };

  return (
    <div className={styles.week}>
      <div className={styles.weekNav}>
        <button type="button" className={styles.iconButton} aria-label={t('scheduled.week.previous')} onClick={() => setWeekOffset((offset) => offset - 1)}>
          <ChevronLeft size={18} aria-hidden="true" />
        </button>
        <button type="button" className={styles.ghost} disabled={weekOffset === 0} onClick={() => setWeekOffset(0)}>
          {t('scheduled.week.thisWeek')}
        </button>
        <button type="button" className={styles.iconButton} aria-label={t('scheduled.week.next')} onClick={() => setWeekOffset((offset) => offset + 1)}>
          <ChevronRight size={18} aria-hidden="true" />
        </button>
        <p id="week-hint" className={styles.hint}>
          {t('scheduled.week.hint')}
        </p>
      </div>
      <div className={styles.weekGrid}>
        {days.map(({ day, entries: list }) => (
          <section
            key={day}
            className={styles.weekDay}
            aria-labelledby={`week-${day}`}
            data-drop={dropDay === day || undefined}
            data-today={day === today || undefined}
            onDragOver={(event) => {
              event.preventDefault();
              setDropDay(day);
            }}
            onDragLeave={() => setDropDay((current) => (current === day ? null : current))}
            onDrop={onDrop(day)}
          >
            <h3 id={`week-${day}`} className={styles.weekDayHeading}>
              {formatDay(day, i18n.language, 'short')}
            </h3>
            <ul className={styles.weekList}>
              {list.map((entry) => {
                const account = byId.get(entry.accountId);
                return (
                  <li key={entry.key}>
                    <button
                      type="button"
                      className={styles.weekEntry}
                      style={{ '--entry-color': account?.color ?? 'var(--border)' } as CSSProperties}
                      data-week-entry={entry.key}
                      draggable
                      aria-label={entryLabel(entry, account, zone, i18n.language)}
                      aria-describedby="week-hint"
                      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
                      onDragStart={(event) => {
                        event.dataTransfer.setData(DRAG_TYPE, entry.key);
                        event.dataTransfer.effectAllowed = 'move';
                      }}
                      onKeyDown={onKeyDown(entry)}
                      onClick={() => onOpen(entry)}
                    >
                      <span className={styles.weekEntryHead}>
                        {account && <Avatar src={account.avatar} name={account.displayName || account.acct} size={18} rounded="circle" />}
                        <span className={styles.entryTime}>{formatTime(entry.at, zone, i18n.language)}</span>
                      </span>
                      <span className={styles.weekEntryText}>{excerpt(entry.spoilerText ? `⚠ ${entry.spoilerText}` : entry.text, 70)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
