import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { badgeText, desktopMenuOptions, trayMenuTemplate, trayTooltip, type DesktopMenuState } from '../../../../main/desktop/desktopMenus';
import { DesktopSettingsStore, opensAtLogin } from '../../../../main/desktop/desktopSettings';
import { desktopStrings } from '../../../../main/desktop/desktopStrings';
import { DEFAULT_POLICY } from '../../../../main/policy/policy';
import { appMenuTemplate, menuRoles, type MenuTemplateItem } from '../../../../main/security/appMenuTemplate';

const en = desktopStrings('en-GB');
const state: DesktopMenuState = { version: '0.1.0', unread: 3, openAtLogin: true, allowStartAtLogin: true, openLinks: false, update: { kind: 'idle' } };
const labels = (items: readonly MenuTemplateItem[]) => items.map((item) => item.label ?? item.role ?? item.type);
const find = (items: readonly MenuTemplateItem[], id: string) => items.find((item) => item.id === id);

describe('the application menu with Atrium’s entries', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has File, Edit, View, Window and Help with About and the version on %s', (platform) => {
    const template = appMenuTemplate({ platform, packaged: true, desktop: desktopMenuOptions(state, en) });
    const top = labels(template);
    expect(top.slice(platform === 'darwin' ? 1 : 0)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'Help']);
    const help = template.at(-1)?.submenu ?? [];
    expect(labels(help)).toEqual(['About Atrium', 'Version 0.1.0', 'separator', 'Check for Updates…', 'Copy Diagnostics']);
    expect(menuRoles(template)).not.toContain('toggleDevTools');
    // Quit lives in the app menu on macOS, at the end of File elsewhere.
    expect(menuRoles(template.filter((item) => item.label === 'File'))).toEqual(platform === 'darwin' ? [] : ['quit']);
  });

  it('shows the login choice off and greyed when the policy forbids it', () => {
    const file = desktopMenuOptions({ ...state, allowStartAtLogin: false }, en).file;
    expect(find(file, 'toggleOpenAtLogin')).toMatchObject({ checked: false, enabled: false, label: 'Open Atrium at Login (turned off by your organization)' });
    expect(find(desktopMenuOptions(state, en).file, 'toggleOpenAtLogin')).toMatchObject({ checked: true, enabled: true });
  });

  it('offers Restart to Update once an update is ready, in Help and in the tray', () => {
    const ready = { ...state, update: { kind: 'ready', version: '0.2.0' } as const };
    expect(find(desktopMenuOptions(ready, en).help, 'restartToUpdate')?.label).toBe('Restart to Update to 0.2.0');
    expect(find(trayMenuTemplate(ready, en), 'restartToUpdate')).toBeDefined();
    expect(find(trayMenuTemplate(state, en), 'restartToUpdate')).toBeUndefined();
  });

  it('speaks Spanish to a Spanish desktop', () => {
    const es = desktopStrings('es-ES');
    expect(labels(trayMenuTemplate(state, es))).toEqual(['Abrir Atrium', 'Atrium: 3 notificaciones sin leer', 'separator', 'Salir de Atrium']);
  });
});

describe('the tray and the badge', () => {
  it('say how many notifications are unread', () => {
    expect(trayTooltip(1, en)).toBe('Atrium: 1 unread notification');
    expect(trayTooltip(0, en)).toBe('Atrium: No unread notifications');
    expect([0, 7, 99, 100].map(badgeText)).toEqual(['', '7', '99', '99+']);
  });
});

describe('desktop settings', () => {
  it('start off, survive a damaged file and are kept', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atrium-desktop-'));
    try {
      const log = vi.fn();
      const store = new DesktopSettingsStore(path.join(dir, 'desktop-settings.json'), log);
      expect(await store.read()).toEqual({ openAtLogin: false, openLinks: false });
      await store.update({ openLinks: true });
      expect(await store.read()).toEqual({ openAtLogin: false, openLinks: true });
      await writeFile(path.join(dir, 'desktop-settings.json'), '{"openAtLogin": "yes"}');
      expect(await store.read()).toEqual({ openAtLogin: false, openLinks: false });
      expect(log).toHaveBeenCalled();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('open Atrium at login only when the person asked and the policy allows it', () => {
    expect(opensAtLogin({ openAtLogin: true, openLinks: false }, DEFAULT_POLICY)).toBe(true);
    expect(opensAtLogin({ openAtLogin: true, openLinks: false }, { ...DEFAULT_POLICY, allowStartAtLogin: false })).toBe(false);
    expect(opensAtLogin({ openAtLogin: false, openLinks: false }, DEFAULT_POLICY)).toBe(false);
  });
});
