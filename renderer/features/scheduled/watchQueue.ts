import { call } from '../../bridge/bridge';
import type { DeskEntry } from './deskEntry';

/** Hands main an account's scheduled posts, so it can say on the desktop when one goes out. Best effort. */
export function watchQueue(accountId: string, entries: readonly DeskEntry[]): Promise<void> {
  return call('watchScheduled', { accountId, posts: entries.map((entry) => ({ id: entry.id, text: entry.text })) }).then(
    () => undefined,
    () => undefined,
  );
}
