import { useEffect, useRef, useState } from 'react';
import { BridgeError } from '../../bridge/bridge';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { useDirectory } from './directoryStore';
import { abortableSleep, followAll, type FollowAllProgress } from './followAll';

/** What a "Follow all" button shows: nothing yet, the run in progress, or how it ended. */
export type FollowAllRun =
  | { state: 'idle' }
  | { state: 'running'; progress: FollowAllProgress }
  | { state: 'finished'; progress: FollowAllProgress; cancelled: boolean }
  | { state: 'failed'; error: string };

/** Seconds to wait when a 429 does not say. */
const DEFAULT_WAIT_SECONDS = 30;

const rateLimitWaitMs = (error: unknown): number | null =>
  error instanceof BridgeError && error.code === 'rate_limited' ? (error.retryAfter ?? DEFAULT_WAIT_SECONDS) * 1000 : null;

/**
 * Follows a group of people for the signed-in account: first learns whom it already follows
 * (in batches), then follows the rest one by one, waiting out 429s; `cancel` stops it.
 */
export function useFollowAll(accountId: string) {
  const [run, setRun] = useState<FollowAllRun>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops the run: following people one is no longer looking at would surprise.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (ids: readonly string[]) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const store = useDirectory.getState;
    setRun({ state: 'running', progress: { done: 0, total: ids.length, followed: 0, skipped: 0, failed: 0, waitingSeconds: null } });
    try {
      await store().loadRelationships(ids);
      const result = await followAll(ids, {
        follow: async (id) => {
          const answer = await remoteClient(accountId).v1.accounts.$select(id).follow();
          return { following: Boolean(answer.following), requested: Boolean(answer.requested) };
        },
        isFollowed: (id) => Boolean(store().relationships[id]?.following || store().relationships[id]?.requested),
        rateLimitWaitMs,
        sleep: abortableSleep,
        onProgress: (progress) => !abort.signal.aborted && setRun({ state: 'running', progress }),
        onFollowed: (id, state) => store().setRelationship(id, state),
        signal: abort.signal,
      });
      setRun({ state: 'finished', progress: result, cancelled: result.cancelled });
    } catch (error) {
      setRun({ state: 'failed', error: errorText(error) });
    }
  };

  return { run, start: (ids: readonly string[]) => void start(ids), cancel: () => controller.current?.abort() };
}
