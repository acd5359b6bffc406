import { describe, expect, it } from 'vitest';
import { nextMondayMorning, tomorrowMorning } from '../../../../renderer/features/scheduled/quickChoices';
import { checkScheduleTime, DAILY_LIMIT, TOTAL_LIMIT, type ScheduledSlot } from '../../../../renderer/features/scheduled/scheduleRules';

const MINUTE = 60_000;
const now = Date.parse('2026-06-10T12:00:00Z'); // a Wednesday
const slots = (count: number, start: number, step: number): ScheduledSlot[] => Array.from({ length: count }, (_, index) => ({ id: `s${index}`, at: start + index * step }));

describe('the scheduling rules', () => {
  it('refuses less than five minutes ahead, accepts five', () => {
    expect(checkScheduleTime(now + 4 * MINUTE + 59_000, now, [])).toEqual({ ok: false, reason: 'tooSoon' });
    expect(checkScheduleTime(now - MINUTE, now, [])).toEqual({ ok: false, reason: 'tooSoon' });
    expect(checkScheduleTime(now + 5 * MINUTE, now, [])).toEqual({ ok: true, warnings: [] });
    expect(checkScheduleTime(Number.NaN, now, [])).toEqual({ ok: false, reason: 'invalid' });
  });

  it('counts 25 a day in the server day (UTC), not the planner’s', () => {
    const day = Date.parse('2026-06-12T00:30:00Z');
    const full = slots(DAILY_LIMIT, day, 30 * MINUTE);
    expect(checkScheduleTime(Date.parse('2026-06-12T23:50:00Z'), now, full)).toEqual({ ok: false, reason: 'dayFull' });
    // 00:10 UTC on the 13th is still the 12th in New York, but the server counts it on the 13th.
    expect(checkScheduleTime(Date.parse('2026-06-13T00:10:00Z'), now, full).ok).toBe(true);
    // Moving one of the day's own posts within the day is fine: it does not count against itself.
    expect(checkScheduleTime(Date.parse('2026-06-12T23:50:00Z'), now, full, 's3').ok).toBe(true);
  });

  it('warns while the last places of a day go', () => {
    const day = Date.parse('2026-06-12T08:00:00Z');
    expect(checkScheduleTime(day + 10 * 60 * MINUTE, now, slots(DAILY_LIMIT - 2, day, MINUTE))).toEqual({ ok: true, warnings: [{ kind: 'dayNearlyFull', left: 1 }] });
  });

  it('refuses the 301st and warns near 300', () => {
    const spread = (count: number) => slots(count, now + 86_400_000, 86_400_000 / 20);
    expect(checkScheduleTime(now + 400 * 86_400_000, now, spread(TOTAL_LIMIT))).toEqual({ ok: false, reason: 'totalFull' });
    const nearly = checkScheduleTime(now + 400 * 86_400_000, now, spread(TOTAL_LIMIT - 1));
    expect(nearly).toEqual({ ok: true, warnings: [{ kind: 'totalNearlyFull', left: 0 }] });
  });
});

describe('quick choices', () => {
  it('tomorrow at 9:00 on the planner’s wall clock', () => {
    expect(new Date(tomorrowMorning(now, 'Europe/Madrid')).toISOString()).toBe('2026-06-11T07:00:00.000Z');
    // 00:30 on the 11th in Tokyo (still the 10th in UTC): tomorrow is the 12th.
    expect(new Date(tomorrowMorning(Date.parse('2026-06-10T15:30:00Z'), 'Asia/Tokyo')).toISOString()).toBe('2026-06-12T00:00:00.000Z');
  });

  it('next Monday at 9:00, across a daylight-saving change', () => {
    expect(new Date(nextMondayMorning(now, 'Europe/Madrid')).toISOString()).toBe('2026-06-15T07:00:00.000Z');
    // Friday 23 October 2026 (summer time) to Monday 26 October (winter time): still 9:00 on the wall.
    expect(new Date(nextMondayMorning(Date.parse('2026-10-23T10:00:00Z'), 'Europe/Madrid')).toISOString()).toBe('2026-10-26T08:00:00.000Z');
    // On a Monday it is the Monday after.
    expect(new Date(nextMondayMorning(Date.parse('2026-06-15T06:00:00Z'), 'Europe/Madrid')).toISOString()).toBe('2026-06-22T07:00:00.000Z');
  });
});
