import { describe, expect, it } from 'vitest';
import { fromWallClock, parseWallClock, toWallClock, zoneOffsetMs } from '../../../../renderer/features/scheduled/zonedTime';
import { isKnownZone } from '../../../../renderer/features/scheduled/timeZone';

const utc = (iso: string) => Date.parse(iso);

describe('wall clocks in a named zone', () => {
  it('reads an instant on Madrid and New York clocks, summer and winter', () => {
    expect(toWallClock(utc('2026-07-01T07:30:00Z'), 'Europe/Madrid')).toEqual({ year: 2026, month: 7, day: 1, hour: 9, minute: 30 });
    expect(toWallClock(utc('2026-01-15T14:30:00Z'), 'Europe/Madrid')).toEqual({ year: 2026, month: 1, day: 15, hour: 15, minute: 30 });
    expect(toWallClock(utc('2026-01-01T03:00:00Z'), 'America/New_York')).toEqual({ year: 2025, month: 12, day: 31, hour: 22, minute: 0 });
    expect(zoneOffsetMs(utc('2026-07-01T00:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('turns a wall clock into the instant and back, on both sides of a change', () => {
    for (const wall of [
      { year: 2026, month: 3, day: 28, hour: 9, minute: 30 },
      { year: 2026, month: 3, day: 30, hour: 9, minute: 30 },
      { year: 2026, month: 10, day: 24, hour: 9, minute: 30 },
      { year: 2026, month: 10, day: 26, hour: 9, minute: 30 },
    ]) {
      expect(toWallClock(fromWallClock(wall, 'Europe/Madrid'), 'Europe/Madrid')).toEqual(wall);
    }
    expect(new Date(fromWallClock({ year: 2026, month: 3, day: 28, hour: 9, minute: 30 }, 'Europe/Madrid')).toISOString()).toBe('2026-03-28T08:30:00.000Z');
    expect(new Date(fromWallClock({ year: 2026, month: 3, day: 30, hour: 9, minute: 30 }, 'Europe/Madrid')).toISOString()).toBe('2026-03-30T07:30:00.000Z');
  });

  it('moves a time skipped by spring-forward past the gap', () => {
    // Madrid jumps from 02:00 to 03:00 on 29 March 2026: 02:30 does not exist and becomes 03:30.
    const at = fromWallClock({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Madrid');
    expect(new Date(at).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toWallClock(at, 'Europe/Madrid')).toMatchObject({ hour: 3, minute: 30 });
  });

  it('reads a time that happens twice at fall-back as its first occurrence', () => {
    // New York falls back from 02:00 to 01:00 on 1 November 2026: 01:30 happens in EDT, then in EST.
    const at = fromWallClock({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York');
    expect(new Date(at).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('keeps a date with a zone on the other side of the date line', () => {
    const at = fromWallClock({ year: 2026, month: 6, day: 1, hour: 9, minute: 0 }, 'Pacific/Auckland');
    expect(new Date(at).toISOString()).toBe('2026-05-31T21:00:00.000Z');
  });

  it('refuses malformed dates and unknown zones', () => {
    expect(parseWallClock('2026-02-31', '09:00')).toBeNull();
    expect(parseWallClock('2026-02-03', '24:00')).toBeNull();
    expect(parseWallClock('tomorrow', '09:00')).toBeNull();
    expect(parseWallClock('2026-02-03', '09:05')).toEqual({ year: 2026, month: 2, day: 3, hour: 9, minute: 5 });
    expect(isKnownZone('Europe/Madrid')).toBe(true);
    expect(isKnownZone('Mars/Olympus_Mons')).toBe(false);
  });
});
