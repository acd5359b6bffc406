/**
 * Whether the server can be reached, as the last Mastodon calls and streams tell it. Kept here,
 * beside the bridge every call goes through, so one place learns it and the shell can say it.
 */
let offline = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (next === offline) return;
  offline = next;
  for (const listener of listeners) listener();
}

/** Codes of failures that mean the network, not the request, is the problem. */
const networkCodes = new Set(['network', 'timeout']);

/** Records how a call to the server went. */
export function noteServerCall(outcome: { ok: true } | { ok: false; code: string }): void {
  if (outcome.ok) set(false);
  else if (networkCodes.has(outcome.code)) set(true);
}

/** A stream connected: the server is there again. */
export function noteStreamConnected(): void {
  set(false);
}

/** True while the last word from the server was that it cannot be reached. */
export const isOffline = (): boolean => offline;

/** For useSyncExternalStore. */
export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
