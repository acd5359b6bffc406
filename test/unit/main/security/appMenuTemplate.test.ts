import { describe, expect, it } from 'vitest';
import { appMenuTemplate, menuRoles } from '../../../../main/security/appMenuTemplate';

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('offers no Developer Tools or reload in a packaged build on %s', (platform) => {
    const roles = menuRoles(appMenuTemplate({ platform, packaged: true }));
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    // Nor a role whose default submenu would bring them back (Electron's viewMenu has Toggle Developer Tools).
    expect(roles).not.toContain('viewMenu');
    expect(roles).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu', 'zoomIn', 'togglefullscreen']));
  });

  it('keeps Developer Tools for development builds', () => {
    expect(menuRoles(appMenuTemplate({ platform: 'linux', packaged: false }))).toContain('toggleDevTools');
  });

  it("has macOS's app menu on macOS only", () => {
    expect(menuRoles(appMenuTemplate({ platform: 'darwin', packaged: true }))[0]).toBe('appMenu');
    expect(menuRoles(appMenuTemplate({ platform: 'win32', packaged: true }))).not.toContain('appMenu');
  });
});
