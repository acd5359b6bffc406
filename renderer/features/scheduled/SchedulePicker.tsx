import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { SlotPlan } from '../../../shared/slots';
import { useAtrium } from '../../store/store';
import { zoneChoices, zoneLabel } from './deskFormat';
import { useNow } from './useNow';
import { nextFreeSlot } from './postingSlots';
import { quickChoiceTime, type QuickChoice } from './quickChoices';
import { checkScheduleTime, type ScheduleCheck, type ScheduledSlot } from './scheduleRules';
import styles from './Scheduled.module.css';
import { dayKey, fromWallClock, parseWallClock, timeText, toWallClock } from './zonedTime';

/** What the picker needs to judge a time: the account's other scheduled posts, and the one being moved. */
export interface PickerContext {
  existing: readonly ScheduledSlot[];
  movingId?: string;
  /** The account's posting slots, for "Next free slot". */
  plan?: SlotPlan | null;
}

/** The verdict on a chosen time (null: nothing chosen yet) at `now`, by the same rules the server applies. */
export function scheduleVerdict(at: number | null, context: PickerContext, now: number): ScheduleCheck {
  return checkScheduleTime(at ?? Number.NaN, now, context.existing, context.movingId);
}

const quickChoices: QuickChoice[] = ['tomorrowMorning', 'nextMondayMorning'];

/**
 * Date and time on the wall clock of the planning zone, shown by name, with a setting to plan in
 * another zone; quick choices; and the server's rules said before the server says them.
 * Usable by the composer ("Schedule…") and the desk alike.
 */
export function SchedulePicker({ value, onChange, context }: { value: number | null; onChange(at: number | null): void; context: PickerContext }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const zone = useAtrium((state) => state.planningZone);
  const setZone = useAtrium((state) => state.setPlanningZone);
  const now = useNow();
  // While a field holds something that is not a date and time yet, it is kept as typed; otherwise
  // the fields show the chosen instant on the planning zone's clock (so a quick choice or another zone shows at once).
  const [draft, setDraft] = useState<{ date: string; time: string } | null>(null);
  const wall = value === null ? null : toWallClock(value, zone);
  const date = draft?.date ?? (wall ? dayKey(wall) : '');
  const time = draft?.time ?? (wall ? timeText(wall) : '');

  const edit = (nextDate: string, nextTime: string) => {
    const parsed = parseWallClock(nextDate, nextTime);
    setDraft(parsed ? null : { date: nextDate, time: nextTime });
    onChange(parsed ? fromWallClock(parsed, zone) : null);
  };
  const choose = (at: number) => {
    setDraft(null);
    onChange(at);
  };
  const slot = context.plan ? nextFreeSlot(context.plan, now, context.existing) : null;
  const verdict = scheduleVerdict(value, context, now);

  return (
    <fieldset className={styles.picker}>
      <legend className={styles.pickerLegend}>{t('scheduled.picker.legend')}</legend>
      <div className={styles.pickerFields}>
        <label className={styles.field}>
          <span>{t('scheduled.picker.date')}</span>
          <input type="date" className={styles.input} value={date} required onChange={(event) => edit(event.target.value, time)} />
        </label>
        <label className={styles.field}>
          <span>{t('scheduled.picker.time')}</span>
          <input type="time" className={styles.input} value={time} required onChange={(event) => edit(date, event.target.value)} />
        </label>
      </div>
      <label className={styles.field}>
        <span>{t('scheduled.picker.zone')}</span>
        <select className={styles.input} value={zone} aria-describedby={`${id}-zone`} onChange={(event) => {
            setDraft(null);
            setZone(event.target.value);
          }}>
          {zoneChoices().map((choice) => (
            <option key={choice} value={choice}>
              {choice.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>
      <p id={`${id}-zone`} className={styles.zoneName}>
        {t('scheduled.picker.zoneName', { name: zoneLabel(zone, value ?? now, i18n.language) })}
      </p>
      <div className={styles.quick} role="group" aria-label={t('scheduled.picker.quick')}>
        {quickChoices.map((choice) => (
          <button key={choice} type="button" className={styles.chip} onClick={() => choose(quickChoiceTime(choice, now, zone))}>
            {t(`scheduled.picker.${choice}`)}
          </button>
        ))}
        {slot !== null && (
          <button type="button" className={styles.chip} onClick={() => choose(slot)}>
            {t('scheduled.picker.nextSlot')}
          </button>
        )}
      </div>
      {value !== null && !verdict.ok && (
        <p className={styles.refusal} role="alert">
          {t(`scheduled.picker.refused.${verdict.reason}`)}
        </p>
      )}
      {verdict.ok &&
        verdict.warnings.map((warning) => (
          <p key={warning.kind} className={styles.warning} role="status">
            {t(`scheduled.picker.${warning.kind}`, { count: warning.left })}
          </p>
        ))}
    </fieldset>
  );
}
