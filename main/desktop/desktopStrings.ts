/** The sentences main writes itself for the desktop: menus, the tray and update notices. */
export interface DesktopStrings {
  open: string;
  quit: string;
  /** `{count}` unread notifications. */
  unread: (count: number) => string;
  noUnread: string;
  file: string;
  view: string;
  help: string;
  about: string;
  version: (version: string) => string;
  copyDiagnostics: string;
  diagnosticsCopied: string;
  checkForUpdates: string;
  openAtLogin: string;
  openAtLoginForbidden: string;
  openLinks: string;
  /** A Mastodon link arrived while the person has not let Atrium open them. */
  linksOff: string;
  /** `{version}` is ready: restart to use it. */
  restartToUpdate: (version: string) => string;
  updateReadyTitle: string;
  updateReadyBody: (version: string) => string;
  upToDate: string;
  updatesOff: string;
  updateFailed: string;
}

const english: DesktopStrings = {
  open: 'Open Atrium',
  quit: 'Quit Atrium',
  unread: (count) => (count === 1 ? '1 unread notification' : `${count} unread notifications`),
  noUnread: 'No unread notifications',
  file: 'File',
  view: 'View',
  help: 'Help',
  about: 'About Atrium',
  version: (version) => `Version ${version}`,
  copyDiagnostics: 'Copy Diagnostics',
  diagnosticsCopied: 'Diagnostics copied. They hold no passwords or tokens; paste them into your message to IT.',
  checkForUpdates: 'Check for Updates…',
  openAtLogin: 'Open Atrium at Login',
  openAtLoginForbidden: 'Open Atrium at Login (turned off by your organization)',
  openLinks: 'Open Mastodon Links in Atrium',
  linksOff: 'To open Mastodon links in Atrium, turn on File ▸ Open Mastodon Links in Atrium.',
  restartToUpdate: (version) => `Restart to Update to ${version}`,
  updateReadyTitle: 'An update is ready',
  updateReadyBody: (version) => `Atrium ${version} is ready. It is used from the next start, or choose Restart to Update in the Help menu.`,
  upToDate: 'Atrium is up to date.',
  updatesOff: 'Updates are managed by your organization.',
  updateFailed: 'Atrium could not look for updates. It will try again later.',
};

const spanish: DesktopStrings = {
  open: 'Abrir Atrium',
  quit: 'Salir de Atrium',
  unread: (count) => (count === 1 ? '1 notificación sin leer' : `${count} notificaciones sin leer`),
  noUnread: 'No hay notificaciones sin leer',
  file: 'Archivo',
  view: 'Ver',
  help: 'Ayuda',
  about: 'Acerca de Atrium',
  version: (version) => `Versión ${version}`,
  copyDiagnostics: 'Copiar diagnóstico',
  diagnosticsCopied: 'Diagnóstico copiado. No contiene contraseñas ni tokens; pégalo en tu mensaje a TI.',
  checkForUpdates: 'Buscar actualizaciones…',
  openAtLogin: 'Abrir Atrium al iniciar sesión',
  openAtLoginForbidden: 'Abrir Atrium al iniciar sesión (desactivado por tu organización)',
  openLinks: 'Abrir enlaces de Mastodon en Atrium',
  linksOff: 'Para abrir enlaces de Mastodon en Atrium, activa Archivo ▸ Abrir enlaces de Mastodon en Atrium.',
  restartToUpdate: (version) => `Reiniciar para actualizar a ${version}`,
  updateReadyTitle: 'Hay una actualización lista',
  updateReadyBody: (version) => `Atrium ${version} está listo. Se usará en el próximo inicio, o elige Reiniciar para actualizar en el menú Ayuda.`,
  upToDate: 'Atrium está actualizado.',
  updatesOff: 'Las actualizaciones las gestiona tu organización.',
  updateFailed: 'Atrium no pudo buscar actualizaciones. Lo intentará más tarde.',
};

/** The strings for the OS locale (Spanish or English, as the renderer offers). */
export function desktopStrings(locale: string): DesktopStrings {
  return locale.toLowerCase().startsWith('es') ? spanish : english;
}
