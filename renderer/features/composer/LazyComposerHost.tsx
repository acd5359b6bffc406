import { Suspense } from 'react';
import { lazyNamed } from '../../components/lazyNamed';
import { loadLazyStrings } from '../../i18n/i18n';

// The composer's code and its strings load together, the first time it is asked for.
const ComposerHost = lazyNamed(async () => (await Promise.all([import('./ComposerHost'), loadLazyStrings('composer')]))[0], 'ComposerHost');

/** The composer, loaded on first use. */
export function LazyComposerHost() {
  return (
    <Suspense fallback={null}>
      <ComposerHost />
    </Suspense>
  );
}
