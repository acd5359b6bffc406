import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import { announce } from '../a11y/announcer';

/**
 * The density switch as the account menu and the palette offer it: a label that says what choosing it does
 * ("Switch to compact view"), and the switch itself, which says the new state aloud.
 */
export function useDensityToggle(): { label: string; toggle(): void } {
  const { t } = useTranslation();
  const density = useAtrium((state) => state.density);
  const setDensity = useAtrium((state) => state.setDensity);
  const next = density === 'compact' ? 'comfortable' : 'compact';
  return {
    label: t(next === 'compact' ? 'density.useCompact' : 'density.useComfortable'),
    toggle: () => {
      setDensity(next);
      announce(t(next === 'compact' ? 'density.compactOn' : 'density.comfortableOn'));
    },
  };
}
