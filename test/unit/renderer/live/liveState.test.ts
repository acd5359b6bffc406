import { describe, expect, it } from 'vitest';
import { nextLiveState, paceParts, type LiveState } from '../../../../renderer/features/live/liveState';

const connecting: LiveState = { mode: 'connecting' };

describe('the live state of a column', () => {
  it('goes live, falls back to checking when the socket drops, and recovers', () => {
    const live = nextLiveState(connecting, { kind: 'connected' });
    expect(live).toEqual({ mode: 'live' });
    const down = nextLiveState(live, { kind: 'dropped' });
    expect(down).toEqual({ mode: 'polling', reason: 'unreachable', intervalMs: 30_000 });
    const slower = nextLiveState(down, { kind: 'pace', intervalMs: 60_000 });
    expect(slower).toMatchObject({ intervalMs: 60_000 });
    expect(nextLiveState(slower, { kind: 'connected' })).toEqual({ mode: 'live' });
  });

  it('keeps a refusal even when the shared socket later connects or drops', () => {
    const refused = nextLiveState(connecting, { kind: 'refused' });
    expect(refused).toEqual({ mode: 'polling', reason: 'refused', intervalMs: 30_000 });
    expect(nextLiveState(refused, { kind: 'connected' })).toBe(refused);
    expect(nextLiveState(refused, { kind: 'dropped' })).toBe(refused);
    // A pace change while live means nothing.
    expect(nextLiveState({ mode: 'live' }, { kind: 'pace', intervalMs: 60_000 })).toEqual({ mode: 'live' });
  });

  it('words a pace in seconds, then in minutes', () => {
    expect(paceParts(30_000)).toEqual({ count: 30, unit: 'seconds' });
    expect(paceParts(60_000)).toEqual({ count: 60, unit: 'seconds' });
    expect(paceParts(120_000)).toEqual({ count: 2, unit: 'minutes' });
    expect(paceParts(300_000)).toEqual({ count: 5, unit: 'minutes' });
  });
});
