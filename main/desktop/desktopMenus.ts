import type { AppMenuOptions, MenuTemplateItem } from '../security/appMenuTemplate';
import type { DesktopStrings } from './desktopStrings';
import type { UpdateState } from './updateController';

/** The actions a menu item can name with its `id`; the glue maps each to a function. */
export type DesktopAction = 'open' | 'quit' | 'toggleOpenAtLogin' | 'toggleOpenLinks' | 'copyDiagnostics' | 'checkForUpdates' | 'restartToUpdate';

/** What the menus show. */
export interface DesktopMenuState {
  version: string;
  unread: number;
  /** The person's choice, as it applies (off when the policy forbids it). */
  openAtLogin: boolean;
  /** The policy lets people choose to open Atrium at login. */
  allowStartAtLogin: boolean;
  openLinks: boolean;
  update: UpdateState;
}

const separator: MenuTemplateItem = { type: 'separator' };

/** "Restart to Update to X" when an update waits, otherwise "Check for Updates…". */
function updateItem(state: DesktopMenuState, strings: DesktopStrings): MenuTemplateItem {
  return state.update.kind === 'ready'
    ? { id: 'restartToUpdate', label: strings.restartToUpdate(state.update.version) }
    : { id: 'checkForUpdates', label: strings.checkForUpdates };
}

/** Atrium's entries in the application menu: the two desktop choices under File, About and the rest under Help. */
export function desktopMenuOptions(state: DesktopMenuState, strings: DesktopStrings): NonNullable<AppMenuOptions['desktop']> {
  return {
    labels: { file: strings.file, view: strings.view, help: strings.help },
    file: [
      {
        id: 'toggleOpenAtLogin',
        type: 'checkbox',
        label: state.allowStartAtLogin ? strings.openAtLogin : strings.openAtLoginForbidden,
        checked: state.allowStartAtLogin && state.openAtLogin,
        enabled: state.allowStartAtLogin,
      },
      { id: 'toggleOpenLinks', type: 'checkbox', label: strings.openLinks, checked: state.openLinks },
    ],
    help: [
      { role: 'about', label: strings.about },
      { label: strings.version(state.version), enabled: false },
      separator,
      updateItem(state, strings),
      { id: 'copyDiagnostics', label: strings.copyDiagnostics },
    ],
  };
}

/** The tray (menu-bar) icon's menu: open, the unread count, a waiting update, quit. */
export function trayMenuTemplate(state: DesktopMenuState, strings: DesktopStrings): MenuTemplateItem[] {
  return [
    { id: 'open', label: strings.open },
    { label: trayTooltip(state.unread, strings), enabled: false },
    separator,
    ...(state.update.kind === 'ready' ? [updateItem(state, strings), separator] : []),
    { id: 'quit', label: strings.quit },
  ];
}

/** The tray icon's tooltip, which screen readers read too. */
export function trayTooltip(unread: number, strings: DesktopStrings): string {
  return unread > 0 ? `Atrium: ${strings.unread(unread)}` : `Atrium: ${strings.noUnread}`;
}

/** The count as a badge or tray title shows it: nothing for none, "99+" past 99. */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}
