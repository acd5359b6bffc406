import { defaultPollPace } from '../../../shared/pollPace';

/**
 * How a view keeps up with its server: not at all (a source without a stream, such as bookmarks), connecting,
 * live over the stream, or checking now and then because the server refused the stream or cannot be reached live.
 */
export type LiveState =
  | { mode: 'off' }
  | { mode: 'connecting' }
  | { mode: 'live' }
  | { mode: 'polling'; reason: 'refused' | 'unreachable'; intervalMs: number };

/** What a stream's news did to the live state: the rules, apart from React and the timers. */
export type LiveSignal = { kind: 'connected' } | { kind: 'refused' } | { kind: 'dropped' } | { kind: 'pace'; intervalMs: number | null };

/** The next live state after a signal. A refusal stands: a later drop of the shared socket does not make it "unreachable". */
export function nextLiveState(state: LiveState, signal: LiveSignal): LiveState {
  switch (signal.kind) {
    case 'connected':
      return state.mode === 'polling' && state.reason === 'refused' ? state : { mode: 'live' };
    case 'refused':
      return { mode: 'polling', reason: 'refused', intervalMs: state.mode === 'polling' ? state.intervalMs : defaultPollPace.baseMs };
    case 'dropped':
      if (state.mode === 'polling') return state;
      return { mode: 'polling', reason: 'unreachable', intervalMs: defaultPollPace.baseMs };
    case 'pace':
      return state.mode === 'polling' && signal.intervalMs !== null ? { ...state, intervalMs: signal.intervalMs } : state;
  }
}

/** A polling pace in words' parts: under two minutes in seconds ("30 s"), above in minutes ("5 min"). */
export function paceParts(intervalMs: number): { count: number; unit: 'seconds' | 'minutes' } {
  const seconds = Math.round(intervalMs / 1000);
  return seconds < 120 ? { count: seconds, unit: 'seconds' } : { count: Math.round(seconds / 60), unit: 'minutes' };
}
