import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { fullHandle } from '../../components/handles';
import { useAtrium } from '../../store/store';
import type { MainView } from '../shell/layoutSlice';
import { useDensityToggle } from '../density/useDensityToggle';
import type { PaletteCommand } from './paletteLogic';

/** The views a command can go to, in the rail's order. */
const views: readonly MainView[] = ['home', 'local', 'notifications', 'federated', 'bookmarks', 'favourites', 'lists', 'directory', 'about', 'welcome'];

/** The palette's commands for the active account: compose, every view, every other signed-in account, adding one. */
export function usePaletteCommands(active: AccountSummary): PaletteCommand[] {
  const { t } = useTranslation();
  const accounts = useAtrium((state) => state.accounts);
  const showView = useAtrium((state) => state.showView);
  const switchAccount = useAtrium((state) => state.switchAccount);
  const setAddingAccount = useAtrium((state) => state.setAddingAccount);
  const openComposer = useAtrium((state) => state.openComposer);
  const density = useDensityToggle();

  return [
    { id: 'compose', label: t('palette.compose'), keywords: ['compose', 'new post', 'write'], run: () => openComposer({ kind: 'new' }) },
    ...views.map((view) => ({
      id: `view:${view}`,
      label: t('palette.goTo', { view: t(`shell.${view}`) }),
      // English names too, so muscle memory works in any language.
      keywords: [view, t(`shell.${view}`, { lng: 'en' })],
      run: () => showView(view),
    })),
    ...accounts
      .filter((account) => account.id !== active.id)
      .map((account) => ({
        id: `account:${account.id}`,
        label: t('palette.switchTo', { handle: fullHandle(account) }),
        keywords: [account.displayName, 'switch account'],
        run: () => void switchAccount(account.id),
      })),
    { id: 'add-account', label: t('shell.addAccount'), keywords: ['sign in', 'account'], run: () => setAddingAccount(true) },
    { id: 'density', label: density.label, keywords: ['density', 'compact', 'comfortable', 'spacing', 'settings'], run: density.toggle },
  ];
}
