import type { DeskEntry } from './deskEntry';
import { addDays, dayKey, fromWallClock, toWallClock, type WallClock } from './zonedTime';

/** One day of the agenda: its key (`YYYY-MM-DD` in the planning zone) and its posts in time order. */
export interface AgendaDay {
  day: string;
  entries: DeskEntry[];
}

const byTime = (a: DeskEntry, b: DeskEntry) => a.at - b.at || a.key.localeCompare(b.key);

/** Entries grouped by the day they go out on in `zone`, days and posts in time order. */
export function agendaDays(entries: readonly DeskEntry[], zone: string): AgendaDay[] {
  const days = new Map<string, DeskEntry[]>();
  for (const entry of [...entries].sort(byTime)) {
    const key = dayKey(toWallClock(entry.at, zone));
    const list = days.get(key);
    if (list) list.push(entry);
    else days.set(key, [entry]);
  }
  return [...days].map(([day, list]) => ({ day, entries: list }));
}

/** Midnight of the day `instant` falls on, on the wall clock of `zone`: where the week calendar starts. */
export function startOfDay(instant: number, zone: string): WallClock {
  return { ...toWallClock(instant, zone), hour: 0, minute: 0 };
}

/** Seven days from `first`, with each day's posts in time order. */
export function weekDays(first: WallClock, entries: readonly DeskEntry[], zone: string): AgendaDay[] {
  const grouped = new Map(agendaDays(entries, zone).map((day) => [day.day, day.entries]));
  return Array.from({ length: 7 }, (_, index) => {
    const key = dayKey(addDays(first, index));
    return { day: key, entries: grouped.get(key) ?? [] };
  });
}

/** The same time of day on another day (by calendar, so 9:30 stays 9:30 across a daylight-saving change). */
export function moveToDay(at: number, day: string, zone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wall = toWallClock(at, zone);
  return fromWallClock({ ...wall, year, month, day: date }, zone);
}

/** The keyboard moves on the week calendar: a day either way, or a quarter of an hour. */
export type KeyboardMove = 'dayEarlier' | 'dayLater' | 'earlier' | 'later';

/** Where a keyboard move puts a post, in the planning zone's calendar. */
export function applyMove(at: number, move: KeyboardMove, zone: string): number {
  const wall = toWallClock(at, zone);
  switch (move) {
    case 'dayEarlier':
    case 'dayLater':
      return fromWallClock(addDays(wall, move === 'dayLater' ? 1 : -1), zone);
    case 'earlier':
    case 'later':
      return at + (move === 'later' ? 15 : -15) * 60_000;
  }
}

/** Which key does which move on a focused calendar entry (Alt with the arrows, so plain arrows still move focus). */
export function moveForKey(key: string, altKey: boolean): KeyboardMove | null {
  if (!altKey) return null;
  return ({ ArrowLeft: 'dayEarlier', ArrowRight: 'dayLater', ArrowUp: 'earlier', ArrowDown: 'later' } as const)[key as 'ArrowLeft'] ?? null;
}

/**
 * Posts that were on the desk and are not in a fresh answer, though this device did not remove
 * them: they went out, or a colleague cancelled or replaced them.
 */
export function vanished(before: readonly DeskEntry[], after: readonly DeskEntry[]): DeskEntry[] {
  const still = new Set(after.map((entry) => entry.key));
  return before.filter((entry) => !still.has(entry.key));
}

/** A short line of a post's text for notices and labels. */
export function excerpt(text: string, length = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1).trimEnd()}…` : line;
}
