/**
 * Wall-clock times in a named time zone, to an instant and back, with nothing but `Intl`:
 * the browser already carries the IANA zone database, so no date library is needed for the
 * two conversions the scheduler makes. Daylight-saving changes are handled the way people
 * expect: a time skipped by a spring-forward moves ahead by the gap, and a time that happens
 * twice in an autumn fall-back means its first occurrence.
 */

/** A date and time as read on a wall clock: month 1–12, hour 0–23. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

/** What a wall clock in `zone` shows at `instantMs` (seconds dropped). */
export function toWallClock(instantMs: number, zone: string): WallClock {
  const parts = Object.fromEntries(partsFormatter(zone).formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

/** The wall clock read as if it were UTC, in epoch milliseconds: the arithmetic the offsets are measured against. */
export function wallAsUtc(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

/** How far `zone` is ahead of UTC at `instantMs`, in milliseconds (Madrid in summer: +2 h). */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  const floored = Math.floor(instantMs / MINUTE) * MINUTE;
  return wallAsUtc(toWallClock(floored, zone)) - floored;
}

/**
 * The instant a wall clock in `zone` shows `wall`. Of the offsets in force just before and just
 * after, the one that reads back as `wall` wins (the earlier instant when both do, in a fall-back);
 * when none does, the time was skipped by a spring-forward and the gap's length is added.
 */
export function fromWallClock(wall: WallClock, zone: string): number {
  const asUtc = wallAsUtc(wall);
  const day = 86_400_000;
  const candidates = [...new Set([zoneOffsetMs(asUtc - day, zone), zoneOffsetMs(asUtc + day, zone)])].map((offset) => asUtc - offset).sort((a, b) => a - b);
  const exact = candidates.find((instant) => wallAsUtc(toWallClock(instant, zone)) === asUtc);
  if (exact !== undefined) return exact;
  // Skipped: read it with the offset from before the change, which lands past the gap.
  return asUtc - zoneOffsetMs(asUtc - day, zone);
}

/** A calendar day key `YYYY-MM-DD` of a wall clock, for grouping. */
export function dayKey(wall: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

/** Moves a calendar day by `days` (0 = Sunday as `weekday` counts), keeping it a plain date. */
export function addDays(wall: WallClock, days: number): WallClock {
  const moved = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { ...wall, year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The day of the week of a calendar day: 0 Sunday … 6 Saturday. */
export function weekday(wall: Pick<WallClock, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

/** `HH:MM` (24-hour) of a wall clock, as an `<input type="time">` takes it. */
export function timeText(wall: Pick<WallClock, 'hour' | 'minute'>): string {
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

/** Reads `YYYY-MM-DD` and `HH:MM` (as date and time inputs give them) as a wall clock; null if either is malformed. */
export function parseWallClock(date: string, time: string): WallClock | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]) };
  if (wall.month < 1 || wall.month > 12 || wall.hour > 23 || wall.minute > 59) return null;
  // 31 February is not a date: it must survive a round trip through the calendar.
  if (dayKey(addDays(wall, 0)) !== date) return null;
  return wall;
}
