import type { SlotPlan } from '../../../shared/slots';
import { checkScheduleTime, type ScheduledSlot } from './scheduleRules';
import { addDays, fromWallClock, toWallClock, weekday } from './zonedTime';

/** How far ahead the slot picker looks before giving up: eight weeks of slots. */
const SEARCH_DAYS = 56;
/** Two posts within this many minutes of each other share a slot: the slot is taken. */
const SAME_SLOT_MS = 60_000;

/**
 * The next free posting slot of an account's weekly pattern: the earliest slot after `now` that
 * no scheduled post already takes and that the server's rules accept (5 minutes ahead, 25 a day,
 * 300 in total). Slots are wall-clock times in the plan's zone, so 9:30 stays 9:30 across a
 * daylight-saving change. Null when the plan has no slots or eight weeks are full.
 */
export function nextFreeSlot(plan: SlotPlan, now: number, scheduled: readonly ScheduledSlot[]): number | null {
  if (plan.slots.length === 0) return null;
  const today = toWallClock(now, plan.zone);
  for (let offset = 0; offset <= SEARCH_DAYS; offset += 1) {
    const day = addDays(today, offset);
    const times = plan.slots
      .filter((slot) => slot.weekdays.includes(weekday(day)))
      .map((slot) => fromWallClock({ ...day, hour: slot.hour, minute: slot.minute }, plan.zone))
      .sort((a, b) => a - b);
    for (const at of times) {
      if (scheduled.some((post) => Math.abs(post.at - at) < SAME_SLOT_MS)) continue;
      if (checkScheduleTime(at, now, scheduled).ok) return at;
    }
  }
  return null;
}
