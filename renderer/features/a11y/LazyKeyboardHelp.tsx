import { Suspense } from 'react';
import { lazyNamed } from '../../components/lazyNamed';

const KeyboardHelp = lazyNamed(() => import('./KeyboardHelp'), 'KeyboardHelp');

/** The keyboard help sheet, loaded the first time someone presses `?`. */
export function LazyKeyboardHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <KeyboardHelp open={open} onOpenChange={onOpenChange} />
    </Suspense>
  );
}
