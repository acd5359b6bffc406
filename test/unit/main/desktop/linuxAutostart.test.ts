import { describe, expect, it } from 'vitest';
import { autostartEntry, autostartFile } from '../../../../main/desktop/linuxAutostart';

/** Reads an Exec line back as a desktop environment does: string unescaping, then quoted-argument rules. */
function execArguments(entry: string): string[] {
  const line = entry.split('\n').find((l) => l.startsWith('Exec=')) ?? '';
  const value = line.slice('Exec='.length).replace(/\\(.)/g, (_match, character: string) => (character === '\\' ? '\\' : `\\${character}`)).replace(/%%/g, '%');
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(value);
  if (!quoted) throw new Error(`not one quoted argument: ${value}`);
  return [(quoted[1] ?? '').replace(/\\(["`$\\])/g, '$1')];
}

describe('Linux autostart', () => {
  it('lives in the XDG autostart folder', () => {
    expect(autostartFile({}, '/home/ana')).toBe('/home/ana/.config/autostart/atrium.desktop');
    expect(autostartFile({ XDG_CONFIG_HOME: '/home/ana/cfg' }, '/home/ana')).toBe('/home/ana/cfg/autostart/atrium.desktop');
    // A relative XDG_CONFIG_HOME is invalid by the specification and ignored.
    expect(autostartFile({ XDG_CONFIG_HOME: 'cfg' }, '/home/ana')).toBe('/home/ana/.config/autostart/atrium.desktop');
  });

  it('starts the installed binary or the AppImage, whatever its path holds', () => {
    for (const executable of ['/opt/Atrium/atrium', '/home/ana/Apps/Atrium 0.2.0.AppImage', '/home/ana/we"ird $dir\\`x`/100%/Atrium.AppImage']) {
      const entry = autostartEntry(executable);
      expect(entry).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Atrium\nExec=/);
      expect(execArguments(entry)).toEqual([executable]);
    }
  });

  it('refuses a path no entry can hold', () => {
    expect(() => autostartEntry('atrium')).toThrow();
    expect(() => autostartEntry('/tmp/a\nExec=/bin/evil')).toThrow();
  });
});
