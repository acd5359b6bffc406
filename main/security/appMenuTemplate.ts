/**
 * Atrium's application menu, decided here in plain TypeScript so it can be tested without Electron;
 * `main/electron/appMenu.ts` hands it to `Menu.buildFromTemplate`. Electron's default menu has a View
 * menu with "Toggle Developer Tools": in a packaged build that is a console into the page, so Atrium
 * sets its own menu, and only development builds get the developer entries.
 */

/** The menu roles Atrium uses (a subset of Electron's `MenuItemConstructorOptions['role']`). */
export type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'windowMenu'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'about'
  | 'quit';

/** One entry of the menu, in the shape Electron's template takes. */
export interface MenuTemplateItem {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'checkbox';
  /** Names the action the glue runs on a click (`main/electron/appMenu.ts` maps it to a function). */
  id?: string;
  checked?: boolean;
  enabled?: boolean;
  submenu?: MenuTemplateItem[];
}

/** What decides the menu. */
export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Electron's `app.isPackaged`: true for what people install. */
  packaged: boolean;
  /** Atrium's own entries (settings, About, diagnostics); Electron's stock File menu without them. */
  desktop?: { file: MenuTemplateItem[]; help: MenuTemplateItem[]; labels: { file: string; view: string; help: string } };
}

/** The application menu for this platform and build. */
export function appMenuTemplate({ platform, packaged, desktop }: AppMenuOptions): MenuTemplateItem[] {
  const separator: MenuTemplateItem = { type: 'separator' };
  const developer: MenuTemplateItem[] = packaged ? [] : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const view: MenuTemplateItem = {
    label: desktop?.labels.view ?? 'View',
    submenu: [...developer, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };
  // macOS puts About, Hide and Quit in the menu named after the app; elsewhere File holds Quit.
  const first: MenuTemplateItem[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  if (!desktop) return [...first, { role: 'fileMenu' }, { role: 'editMenu' }, view, { role: 'windowMenu' }];
  // macOS keeps Quit in the app menu; elsewhere it ends File.
  const file: MenuTemplateItem = { label: desktop.labels.file, submenu: platform === 'darwin' ? desktop.file : [...desktop.file, separator, { role: 'quit' }] };
  const help: MenuTemplateItem = { label: desktop.labels.help, submenu: desktop.help };
  return [...first, file, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}

/** Every role in a template, submenus included. */
export function menuRoles(template: readonly MenuTemplateItem[]): MenuRole[] {
  return template.flatMap((item) => [...(item.role ? [item.role] : []), ...menuRoles(item.submenu ?? [])]);
}
