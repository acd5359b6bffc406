import { Search } from 'lucide-react';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { lazyNamed } from '../../components/lazyNamed';
import { loadLazyStrings } from '../../i18n/i18n';

// The palette's code and its strings load together, the first time it is opened.
const SearchPalette = lazyNamed(async () => (await Promise.all([import('./SearchPalette'), loadLazyStrings('palette')]))[0], 'SearchPalette');

/** Props of PaletteLauncher. */
export interface PaletteLauncherProps {
  account: AccountSummary;
  /** The look of the rail's other buttons. */
  className?: string;
}

/**
 * The rail's search button and the Ctrl+K (⌘K) shortcut; the palette's code loads the first
 * time it is opened, so it costs the first screen nothing.
 */
export function PaletteLauncher({ account, className }: PaletteLauncherProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  // Where focus was before the palette opened: it goes back there when the palette closes.
  const opener = useRef<HTMLElement | null>(null);
  const remember = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setUsed(true);
        setOpen((current) => {
          if (!current) remember();
          return !current;
        });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className={className}
        aria-keyshortcuts="Control+K"
        title={t('palette.open')}
        onClick={(event) => {
          opener.current = event.currentTarget;
          setUsed(true);
          setOpen(true);
        }}
      >
        <Search size={22} aria-hidden="true" />
        <span className="visually-hidden">{t('palette.open')}</span>
      </button>
      {used && (
        <Suspense fallback={null}>
          <SearchPalette account={account} open={open} onOpenChange={setOpen} returnFocus={() => opener.current} />
        </Suspense>
      )}
    </>
  );
}
