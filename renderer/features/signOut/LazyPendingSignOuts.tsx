import { Suspense } from 'react';
import { useAfterFirstScreen } from '../../components/afterFirstScreen';
import { lazyNamed } from '../../components/lazyNamed';

const PendingSignOuts = lazyNamed(() => import('./PendingSignOuts'), 'PendingSignOuts', ['signOut']);

/**
 * The sign-outs the server has not confirmed, with their code and strings loaded once the first screen is drawn:
 * they are rare, and their live region is there long before anything is done that it would announce.
 */
export function LazyPendingSignOuts() {
  return useAfterFirstScreen() ? (
    <Suspense fallback={null}>
      <PendingSignOuts />
    </Suspense>
  ) : null;
}
