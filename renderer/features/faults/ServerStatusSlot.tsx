import { Suspense, useSyncExternalStore } from 'react';
import { isOffline, subscribeConnection } from '../../bridge/connection';
import { serverState, subscribeServerState } from '../../bridge/serverWatch';
import { lazyNamed } from '../../components/lazyNamed';

const ServerStatus = lazyNamed(() => import('./ServerStatus'), 'ServerStatus', ['faults']);

/**
 * Where Atrium says that the server is slow, failing (and asked again) or asked it to wait. The live
 * region is always there, so a sentence put in it is spoken; the view loads the first time it is needed.
 * While offline the offline mark says it all.
 */
export function ServerStatusSlot({ host }: { host: string }) {
  const state = useSyncExternalStore(subscribeServerState, serverState);
  const offline = useSyncExternalStore(subscribeConnection, isOffline);
  const show = !offline && (state.wait !== null || state.slow);
  return (
    <div role="status" aria-live="polite">
      {show && (
        <Suspense fallback={null}>
          <ServerStatus host={host} state={state} />
        </Suspense>
      )}
    </div>
  );
}
