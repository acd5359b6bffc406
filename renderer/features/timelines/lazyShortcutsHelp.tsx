import { Suspense } from 'react';
import { lazyNamed } from '../../components/lazyNamed';

const ShortcutsHelp = lazyNamed(() => import('./ShortcutsHelp'), 'ShortcutsHelp');

/** The keyboard help sheet, loaded the first time someone presses `?`. */
export function LazyShortcutsHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsHelp open={open} onOpenChange={onOpenChange} />
    </Suspense>
  );
}
