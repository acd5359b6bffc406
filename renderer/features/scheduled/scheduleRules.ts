/**
 * Mastodon's rules for scheduled posts, checked before the server does so the person hears
 * about a problem while choosing the time, not after pressing Schedule. The server counts its
 * days in UTC, so "25 a day" means per UTC day whatever zone the person plans in.
 */

/** A post must be scheduled at least this far ahead (Mastodon: 5 minutes). */
export const MIN_LEAD_MS = 5 * 60_000;
/** Scheduled posts one account may have on one (UTC) day. */
export const DAILY_LIMIT = 25;
/** Scheduled posts one account may have in all. */
export const TOTAL_LIMIT = 300;
/** How close to a limit a warning starts: the last few places. */
export const WARN_WITHIN = 3;

const DAY_MS = 86_400_000;

/** What the rules need to know of a post already scheduled. */
export interface ScheduledSlot {
  id: string;
  /** The time it goes out, in epoch milliseconds. */
  at: number;
}

/** Why a time cannot be used. */
export type ScheduleRefusal = 'invalid' | 'tooSoon' | 'dayFull' | 'totalFull';
/** A time that can be used but nearly fills a limit. */
export type ScheduleWarning = { kind: 'dayNearlyFull'; left: number } | { kind: 'totalNearlyFull'; left: number };

/** The verdict on one proposed time. */
export type ScheduleCheck = { ok: true; warnings: ScheduleWarning[] } | { ok: false; reason: ScheduleRefusal };

/** The server's day an instant falls on: days since the epoch, in UTC. */
export const serverDay = (at: number): number => Math.floor(at / DAY_MS);

/**
 * Checks a proposed time for one account against what it already has scheduled.
 * `movingId` is the post being rescheduled, which does not count against itself.
 */
export function checkScheduleTime(at: number, now: number, existing: readonly ScheduledSlot[], movingId?: string): ScheduleCheck {
  if (!Number.isFinite(at)) return { ok: false, reason: 'invalid' };
  if (at - now < MIN_LEAD_MS) return { ok: false, reason: 'tooSoon' };
  const others = existing.filter((slot) => slot.id !== movingId);
  if (others.length >= TOTAL_LIMIT) return { ok: false, reason: 'totalFull' };
  const day = serverDay(at);
  const sameDay = others.filter((slot) => serverDay(slot.at) === day).length;
  if (sameDay >= DAILY_LIMIT) return { ok: false, reason: 'dayFull' };
  const warnings: ScheduleWarning[] = [];
  // What is left once this one is placed.
  const dayLeft = DAILY_LIMIT - sameDay - 1;
  const totalLeft = TOTAL_LIMIT - others.length - 1;
  if (dayLeft < WARN_WITHIN) warnings.push({ kind: 'dayNearlyFull', left: dayLeft });
  if (totalLeft < WARN_WITHIN) warnings.push({ kind: 'totalNearlyFull', left: totalLeft });
  return { ok: true, warnings };
}
