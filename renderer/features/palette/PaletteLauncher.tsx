import { Search } from 'lucide-react';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain';
import { lazyNamed } from '../../components/lazyNamed';
import styles from './SearchPalette.module.css';

const SearchPalette = lazyNamed(() => import('./SearchPalette'), 'SearchPalette');

/**
 * The rail's search button and the Ctrl+K (⌘K) shortcut; the palette's code loads the first
 * time it is opened, so it costs the first screen nothing.
 */
export function PaletteLauncher({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setUsed(true);
        setOpen((current) => !current);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className={styles.railButton}
        aria-keyshortcuts="Control+K"
        title={t('palette.open')}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        <Search size={22} aria-hidden="true" />
        <span className="visually-hidden">{t('palette.open')}</span>
      </button>
      {used && (
        <Suspense fallback={null}>
          <SearchPalette account={account} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
