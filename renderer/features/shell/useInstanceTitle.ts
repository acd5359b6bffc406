import { useEffect, useReducer } from 'react';
import { remoteClient } from '../../bridge/remoteClient';

const titles = new Map<string, string>();

/** The organization's name as its instance gives it, for the Organization timeline; null until known. */
export function useInstanceTitle(accountId: string): string | null {
  const [, refresh] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (titles.has(accountId)) return;
    let cancelled = false;
    remoteClient(accountId)
      .v2.instance.fetch()
      .then((instance) => {
        titles.set(accountId, instance.title);
        if (!cancelled) refresh();
      })
      // Without the name the view is simply called "Organization".
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [accountId]);
  return titles.get(accountId) ?? null;
}
