import type { StateCreator } from 'zustand';
import { remoteClient } from '../../bridge/remoteClient';
import type { AtriumState } from '../../store/store';
import { errorText } from '../../bridge/errorText';

/** A post opened with its context: the ids above it and the replies below it, in reading order. */
export interface ThreadState {
  focusId: string;
  ancestors: string[];
  descendants: string[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
}

/** Threads by `threadKey`. */
export interface ThreadSlice {
  threads: Record<string, ThreadState>;
  /** Fetches the post and its context; keeps what was shown before while it refreshes. */
  loadThread(accountId: string, statusId: string): Promise<void>;
}

/** The store key of a thread opened by an account. */
export const threadKey = (accountId: string, statusId: string): string => `${accountId}|${statusId}`;

export const createThreadSlice: StateCreator<AtriumState, [], [], ThreadSlice> = (set, get) => {
  const put = (key: string, thread: ThreadState) => set((state) => ({ threads: { ...state.threads, [key]: thread } }));
  return {
    threads: {},
    loadThread: async (accountId, statusId) => {
      const key = threadKey(accountId, statusId);
      const previous = get().threads[key];
      put(key, { focusId: statusId, ancestors: previous?.ancestors ?? [], descendants: previous?.descendants ?? [], status: 'loading', error: null });
      try {
        const target = remoteClient(accountId).v1.statuses.$select(statusId);
        const [status, context] = await Promise.all([target.fetch(), target.context.fetch()]);
        get().upsertStatuses([status, ...context.ancestors, ...context.descendants], accountId);
        put(key, {
          focusId: statusId,
          ancestors: context.ancestors.map((post) => post.id),
          descendants: context.descendants.map((post) => post.id),
          status: 'ready',
          error: null,
        });
      } catch (error) {
        put(key, { ...(get().threads[key] as ThreadState), status: 'error', error: errorText(error) });
      }
    },
  };
};
