import { Suspense } from 'react';
import { lazyNamed } from '../../components/lazyNamed';

// The sheet's strings (a11y.lazy.json) load with it: nobody needs them on the first screen.
const KeyboardHelp = lazyNamed(() => import('./KeyboardHelp'), 'KeyboardHelp', ['a11y']);

/** The keyboard help sheet, loaded the first time someone presses `?`. */
export function LazyKeyboardHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <KeyboardHelp open={open} onOpenChange={onOpenChange} />
    </Suspense>
  );
}
