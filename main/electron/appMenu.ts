import { app, Menu } from 'electron';
import { appMenuTemplate } from '../security/appMenuTemplate';

/** Replaces Electron's default menu (which offers Developer Tools) with Atrium's own. */
export function setAppMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, packaged: app.isPackaged })));
}
