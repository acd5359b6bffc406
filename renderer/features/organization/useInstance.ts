import type { mastodon } from 'masto';
import { useEffect, useReducer } from 'react';
import { remoteClient } from '../../bridge/remoteClient';

const instances = new Map<string, mastodon.v2.Instance>();
const pending = new Map<string, Promise<void>>();

/**
 * The account's instance as it describes itself (name, logo, rules, contact), fetched once per
 * account and shared by every view that asks; undefined until known, or if the server would not say.
 */
export function useInstance(accountId: string): mastodon.v2.Instance | undefined {
  const [, refresh] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (instances.has(accountId)) return;
    let cancelled = false;
    let request = pending.get(accountId);
    if (!request) {
      request = remoteClient(accountId)
        .v2.instance.fetch()
        .then((instance) => {
          if (typeof instance?.title === 'string') instances.set(accountId, instance);
        })
        // Without it the views fall back to plain names ("Organization"); the next mount asks again.
        .catch(() => undefined)
        .finally(() => pending.delete(accountId));
      pending.set(accountId, request);
    }
    void request.then(() => !cancelled && refresh());
    return () => {
      cancelled = true;
    };
  }, [accountId]);
  return instances.get(accountId);
}

/** The best picture of the organization's logo: its icon (largest first), else its thumbnail. */
export function logoOf(instance: mastodon.v2.Instance | undefined): string | null {
  const icons = Array.isArray(instance?.icon) ? [...instance.icon] : [];
  const size = (entry: { size?: string }) => Number(/^(\d+)x/.exec(entry.size ?? '')?.[1] ?? 0);
  const icon = icons.sort((a, b) => size(b) - size(a)).find((entry) => /^https?:/i.test(entry.src ?? ''));
  const thumbnail = instance?.thumbnail?.url;
  return icon?.src ?? (thumbnail && /^https?:/i.test(thumbnail) ? thumbnail : null);
}
