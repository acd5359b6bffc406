import path from 'node:path';

/**
 * Where a Linux desktop looks for programs to start at login (the XDG autostart folder). Electron's
 * `setLoginItemSettings` covers macOS and Windows only, so on Linux Atrium writes this file itself.
 */
export function autostartFile(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const configHome = env['XDG_CONFIG_HOME'] && path.isAbsolute(env['XDG_CONFIG_HOME']) ? env['XDG_CONFIG_HOME'] : path.join(home, '.config');
  return path.join(configHome, 'autostart', 'atrium.desktop');
}

/**
 * The autostart entry that opens Atrium from `executable` (the AppImage's own path, or the packaged
 * binary), quoted as the Desktop Entry specification asks. Throws for a path no entry can hold.
 */
export function autostartEntry(executable: string): string {
  if (!path.isAbsolute(executable) || /[\n\r]/.test(executable) || executable.includes('\0')) throw new Error(`Atrium cannot start at login from ${JSON.stringify(executable)}`);
  // Inside double quotes the specification reserves ", `, $ and \, each escaped with a backslash; the
  // value is then unescaped once more as a string (so each backslash is doubled), and % starts a field code.
  const quoted = `"${executable.replace(/["`$\\]/g, (character) => `\\${character}`)}"`;
  const exec = quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
  return ['[Desktop Entry]', 'Type=Application', 'Name=Atrium', `Exec=${exec}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}
