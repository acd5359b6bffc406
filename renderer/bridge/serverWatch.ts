import type { WaitReason } from './retryPlan';

/** A call that waits before it is sent again, as the banner says it. */
export interface ServerWait {
  reason: WaitReason;
  /** Whole seconds until it goes again. */
  seconds: number;
  /** The HTTP status of a server error (`503`), when main named it. */
  status?: string;
}

/** How the server is answering, for the banner above the columns. */
export interface ServerState {
  /** The longest wait among calls that wait to be sent again; null when none does. */
  wait: ServerWait | null;
  /** True while a call has waited longer than {@link SLOW_AFTER_MS} for its answer. */
  slow: boolean;
}

/** Failure codes of a passing problem (no network, a failing or busy server, a broken answer): gone once the server answers. */
export const passingProblems: ReadonlySet<string> = new Set(['network', 'timeout', 'server_error', 'rate_limited', 'bad_response']);

/** After this long without an answer, the person is told the server is slow (rather than shown nothing). */
export const SLOW_AFTER_MS = 6_000;

const waits = new Map<number, ServerWait & { untilMs: number }>();
const slowCalls = new Set<number>();
const listeners = new Set<() => void>();
const answerListeners = new Set<() => void>();
let snapshot: ServerState = { wait: null, slow: false };
let serial = 0;

function publish(): void {
  const longest = [...waits.values()].sort((a, b) => b.untilMs - a.untilMs)[0];
  const wait = longest ? { reason: longest.reason, seconds: longest.seconds, ...(longest.status ? { status: longest.status } : {}) } : null;
  snapshot = { wait, slow: slowCalls.size > 0 };
  for (const listener of listeners) listener();
}

/**
 * Follows one call to the server: it counts as slow once it has waited {@link SLOW_AFTER_MS}.
 * Returns the functions that record a wait before a retry and the end of the call.
 */
export function watchCall(slowAfterMs = SLOW_AFTER_MS): { waiting(wait: ServerWait): void; sending(): void; done(answered: boolean): void } {
  const id = ++serial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const startClock = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      slowCalls.add(id);
      publish();
    }, slowAfterMs);
  };
  const stopClock = () => {
    clearTimeout(timer);
    slowCalls.delete(id);
  };
  startClock();
  return {
    waiting: (wait) => {
      // Waiting on purpose is not slowness: the banner says why it waits instead.
      stopClock();
      waits.set(id, { ...wait, untilMs: Date.now() + wait.seconds * 1000 });
      publish();
    },
    sending: () => {
      waits.delete(id);
      startClock();
      publish();
    },
    done: (answered) => {
      stopClock();
      waits.delete(id);
      publish();
      if (answered) for (const listener of answerListeners) listener();
    },
  };
}

/** How the server is answering now (for useSyncExternalStore). */
export const serverState = (): ServerState => snapshot;

/** For useSyncExternalStore. */
export function subscribeServerState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `listener` whenever the server answers a call, so notices about a passing problem can go. */
export function onServerAnswer(listener: () => void): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}
