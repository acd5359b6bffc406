import { describe, expect, it } from 'vitest';
import { nextFreeSlot } from '../../../../renderer/features/scheduled/postingSlots';
import type { SlotPlan } from '../../../../shared/slots';

const weekdays = [1, 2, 3, 4, 5];
const plan: SlotPlan = { zone: 'Europe/Madrid', slots: [{ weekdays, hour: 14, minute: 0 }, { weekdays, hour: 9, minute: 30 }] };
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

describe('the slot picker', () => {
  it('takes the next slot of the weekly pattern in the plan’s zone', () => {
    // Wednesday 10 June 2026, 10:00 in Madrid: 9:30 has passed, 14:00 is next.
    expect(iso(nextFreeSlot(plan, Date.parse('2026-06-10T08:00:00Z'), []))).toBe('2026-06-10T12:00:00.000Z');
  });

  it('skips taken slots and the weekend', () => {
    const friday = Date.parse('2026-06-12T06:00:00Z');
    const taken = [{ id: 'a', at: Date.parse('2026-06-12T07:30:00Z') }, { id: 'b', at: Date.parse('2026-06-12T12:00:00Z') }];
    expect(iso(nextFreeSlot(plan, friday, taken))).toBe('2026-06-15T07:30:00.000Z');
  });

  it('skips a slot less than five minutes away', () => {
    expect(iso(nextFreeSlot(plan, Date.parse('2026-06-10T11:57:00Z'), []))).toBe('2026-06-11T07:30:00.000Z');
  });

  it('keeps 9:30 on the wall clock across a daylight-saving change', () => {
    // Friday 23 October 2026 after the slots; Monday 26 October Madrid is on winter time (UTC+1).
    expect(iso(nextFreeSlot(plan, Date.parse('2026-10-23T15:00:00Z'), []))).toBe('2026-10-26T08:30:00.000Z');
  });

  it('passes over a day the server counts as full', () => {
    const day = Date.parse('2026-06-11T00:00:00Z');
    const full = Array.from({ length: 25 }, (_, index) => ({ id: `f${index}`, at: day + 60 * 60_000 * 23 + index * 60_000 }));
    expect(iso(nextFreeSlot(plan, Date.parse('2026-06-10T13:00:00Z'), full))).toBe('2026-06-12T07:30:00.000Z');
  });

  it('finds nothing without slots', () => {
    expect(nextFreeSlot({ zone: 'UTC', slots: [] }, Date.now(), [])).toBeNull();
  });
});
