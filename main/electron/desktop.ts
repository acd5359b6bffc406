// The desktop around the window: tray, badge, application menu, login item, links, updates,
// diagnostics. Every decision is in main/desktop (plain TypeScript, unit-tested); this only applies them.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { app, clipboard, Menu, nativeImage, Notification, Tray, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { desktopMenuOptions, trayMenuTemplate, trayTooltip, badgeText, type DesktopAction, type DesktopMenuState } from '../desktop/desktopMenus';
import { DesktopSettingsStore, opensAtLogin, type DesktopSettings } from '../desktop/desktopSettings';
import { desktopStrings } from '../desktop/desktopStrings';
import { diagnosticsText, type RecentErrors } from '../desktop/diagnostics';
import { MASTODON_SCHEME, parseDeepLink, type DeepLink } from '../desktop/deepLink';
import { autostartEntry, autostartFile } from '../desktop/linuxAutostart';
import { describeUpdateState, type UpdateNotice } from '../desktop/updateController';
import type { Policy } from '../policy/policy';
import { appMenuTemplate, type MenuTemplateItem } from '../security/appMenuTemplate';
import type { AccountSummary } from '../../shared/domain';
import { createUpdates } from './updates';

/** What the desktop integration needs from the rest of main. */
export interface DesktopDeps {
  policy: Policy;
  window(): BrowserWindow | undefined;
  /** Shows a post or profile in the page (the `openLink` bridge event). */
  showLink(link: DeepLink): void;
  /** Hands a link Atrium does not take to the system browser (through the URL gate). */
  openExternal(url: string): Promise<void>;
  accounts(): Promise<readonly AccountSummary[]>;
  errors: RecentErrors;
}

/** The running integration: main tells it about unread counts and policy changes. */
export interface Desktop {
  setUnread(count: number): void;
  applyPolicy(policy: Policy): void;
  /** A link from the command line (Windows, Linux) or macOS's `open-url`. */
  handleLink(raw: string): void;
  /** Shows a link clicked in a post in Atrium when the person lets it and it is a post or profile; false leaves it to the browser. */
  takeLink(raw: string): boolean;
  dispose(): void;
}

/** Electron's login items cover macOS and Windows; Linux desktops read an XDG autostart entry. */
async function linuxAutostart(on: boolean): Promise<void> {
  const file = autostartFile(process.env, homedir());
  if (!on) return rm(file, { force: true });
  await mkdir(path.dirname(file), { recursive: true });
  // The AppImage is started from its own path, which APPIMAGE names; a deb or rpm from its binary.
  await writeFile(file, autostartEntry(process.env['APPIMAGE'] ?? process.execPath));
}

/** Starts the tray, menus, login item, link handling and updates. */
export async function startDesktop(deps: DesktopDeps): Promise<Desktop> {
  const strings = desktopStrings(app.getLocale());
  let policy = deps.policy;
  const settingsStore = new DesktopSettingsStore(path.join(app.getPath('userData'), 'desktop-settings.json'), (error) => deps.errors.record('desktop settings', error));
  let settings: DesktopSettings = await settingsStore.read();
  let unread = 0;
  const iconDir = app.isPackaged ? path.join(process.resourcesPath, 'icons') : path.join(app.getAppPath(), 'build', 'icons');
  // macOS tints a template image to suit the menu bar; elsewhere the coloured mark.
  const tray = new Tray(nativeImage.createFromPath(path.join(iconDir, process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png')));
  const unreadDot = nativeImage.createFromPath(path.join(iconDir, 'unread.png'));
  tray.on('click', () => actions.open());

  const updates = createUpdates({
    context: { packaged: app.isPackaged, platform: process.platform, appImage: Boolean(process.env['APPIMAGE']) },
    announce: (notice, version) => announce(notice, version),
    onState: () => refresh(),
    log: (error) => deps.errors.record('updates', error),
  });

  const state = (): DesktopMenuState => ({
    version: app.getVersion(),
    unread,
    openAtLogin: opensAtLogin(settings, policy),
    allowStartAtLogin: policy.allowStartAtLogin,
    openLinks: settings.openLinks,
    update: updates.current(),
  });

  const actions: Record<DesktopAction, () => void> = {
    open: () => {
      const window = deps.window();
      if (window?.isMinimized()) window.restore();
      window?.show();
      window?.focus();
    },
    quit: () => app.quit(),
    toggleOpenAtLogin: () => void change({ openAtLogin: !settings.openAtLogin }),
    toggleOpenLinks: () => void change({ openLinks: !settings.openLinks }),
    copyDiagnostics: () => void copyDiagnostics(),
    checkForUpdates: () => void updates.check(true),
    restartToUpdate: () => updates.restartNow(),
  };

  function refresh(): void {
    const current = state();
    Menu.setApplicationMenu(Menu.buildFromTemplate(withClicks(appMenuTemplate({ platform: process.platform, packaged: app.isPackaged, desktop: desktopMenuOptions(current, strings) }))));
    tray.setContextMenu(Menu.buildFromTemplate(withClicks(trayMenuTemplate(current, strings))));
    tray.setToolTip(trayTooltip(unread, strings));
    if (process.platform === 'darwin') tray.setTitle(badgeText(unread));
  }

  function withClicks(template: readonly MenuTemplateItem[]): MenuItemConstructorOptions[] {
    return template.map(({ id, submenu, ...item }) => ({
      ...item,
      ...(id ? { id, click: () => actions[id as DesktopAction]() } : {}),
      ...(submenu ? { submenu: withClicks(submenu) } : {}),
    }));
  }

  /** Applies the settings and the policy to the system: login item and link registration. */
  function applyToSystem(): void {
    if (process.platform === 'linux') void linuxAutostart(opensAtLogin(settings, policy)).catch((error: unknown) => deps.errors.record('login item', error));
    else app.setLoginItemSettings({ openAtLogin: opensAtLogin(settings, policy) });
    const scheme = MASTODON_SCHEME.slice(0, -1);
    if (settings.openLinks) app.setAsDefaultProtocolClient(scheme);
    else if (app.isDefaultProtocolClient(scheme)) app.removeAsDefaultProtocolClient(scheme);
  }

  async function change(next: Partial<DesktopSettings>): Promise<void> {
    try {
      settings = await settingsStore.update(next);
    } catch (error) {
      deps.errors.record('desktop settings', error);
    }
    applyToSystem();
    refresh();
  }

  function notify(title: string, body: string): void {
    if (Notification.isSupported()) new Notification({ title, body }).show();
  }

  function announce(notice: UpdateNotice, version?: string): void {
    const body = { ready: strings.updateReadyBody(version ?? ''), 'up-to-date': strings.upToDate, off: strings.updatesOff, failed: strings.updateFailed }[notice];
    notify(notice === 'ready' ? strings.updateReadyTitle : 'Atrium', body);
  }

  async function copyDiagnostics(): Promise<void> {
    const text = diagnosticsText({
      now: new Date(),
      versions: { Atrium: app.getVersion(), Electron: process.versions.electron ?? '', Chromium: process.versions.chrome ?? '', Node: process.versions.node },
      platform: `${process.platform} ${process.arch} ${process.getSystemVersion()}`,
      policy,
      updates: describeUpdateState(updates.current()),
      accounts: await deps.accounts(),
      errors: deps.errors.list(),
    });
    clipboard.writeText(text);
    notify('Atrium', strings.diagnosticsCopied);
  }

  function takeLink(raw: string): boolean {
    const link = settings.openLinks ? parseDeepLink(raw, policy.instanceOrigin) : null;
    if (link) deps.showLink(link);
    return link !== null;
  }

  updates.configure(policy);
  applyToSystem();
  refresh();
  return {
    setUnread: (count) => {
      unread = count;
      app.setBadgeCount(count);
      // Windows has no taskbar badge: a dot over the icon, with the count for screen readers.
      if (process.platform === 'win32') deps.window()?.setOverlayIcon(count > 0 ? unreadDot : null, count > 0 ? strings.unread(count) : '');
      refresh();
    },
    applyPolicy: (next) => {
      policy = next;
      updates.configure(next);
      applyToSystem();
      refresh();
    },
    handleLink: (raw) => {
      if (takeLink(raw)) actions.open();
      // Not Atrium's to show (or the person did not let it): the browser opens an ordinary web address.
      else if (!raw.startsWith(MASTODON_SCHEME)) void deps.openExternal(raw);
      // The installer registers the scheme with the system; the person has not said Atrium may open it.
      else if (!settings.openLinks) notify('Atrium', strings.linksOff);
    },
    takeLink,
    dispose: () => {
      updates.dispose();
      tray.destroy();
    },
  };
}
