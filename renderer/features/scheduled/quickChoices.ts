import { addDays, fromWallClock, toWallClock, weekday } from './zonedTime';

/** The quick choices the schedule picker offers, by name. */
export type QuickChoice = 'tomorrowMorning' | 'nextMondayMorning';

/** The morning hour quick choices use. */
const MORNING = { hour: 9, minute: 0 };

/** Tomorrow at 9:00 on the wall clock of `zone`, whatever the date is in UTC. */
export function tomorrowMorning(now: number, zone: string): number {
  return fromWallClock({ ...addDays(toWallClock(now, zone), 1), ...MORNING }, zone);
}

/** The next Monday at 9:00 in `zone`; on a Monday that is a week ahead, since this morning is (nearly) gone. */
export function nextMondayMorning(now: number, zone: string): number {
  const today = toWallClock(now, zone);
  const daysAhead = ((1 - weekday(today) + 7) % 7) || 7;
  return fromWallClock({ ...addDays(today, daysAhead), ...MORNING }, zone);
}

/** The instant of a quick choice. */
export function quickChoiceTime(choice: QuickChoice, now: number, zone: string): number {
  return choice === 'tomorrowMorning' ? tomorrowMorning(now, zone) : nextMondayMorning(now, zone);
}
