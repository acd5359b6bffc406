import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The schema electron-builder validates its own configuration with, from the installed version.
const require = createRequire(import.meta.url);
const builderSchema = require('app-builder-lib/scheme.json') as object;

interface BuilderConfig {
  asar?: unknown;
  files?: string[];
  electronFuses?: Record<string, boolean>;
  extraResources?: { from: string; to: string }[];
  protocols?: { schemes: string[] }[];
  linux?: { target: string[] };
  win?: { target: string[] };
  mac?: { target: string[]; hardenedRuntime?: boolean; entitlements?: string; notarize?: boolean };
  nsis?: { perMachine?: boolean; oneClick?: boolean };
  msi?: { upgradeCode?: string };
  publish?: { provider: string };
}

const config = parse(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(builderSchema, config);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds every installer IT deploys', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb', 'rpm']));
    expect(config.win?.target).toEqual(expect.arrayContaining(['nsis', 'msi']));
    expect(config.mac?.target).toEqual(expect.arrayContaining(['dmg', 'zip']));
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
    // An MSI upgrade through Group Policy needs the same upgrade code in every version.
    expect(config.msi?.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('sets the Electron fuses of a hardened app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built output, in an asar', async () => {
    expect(config.asar).toBe(true);
    const included = (config.files ?? []).filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['dist/**/*', 'package.json']);
    expect(config.files).toContain('!dist/**/*.map');
    // What the app loads must be what the build writes.
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toMatch(/^dist\//);
  });

  it('signs macOS builds with the hardened runtime, an entitlements file and notarization', async () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    const entitlements = await readFile(config.mac?.entitlements ?? '', 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    // Exceptions that would undo the hardened runtime are not asked for.
    expect(entitlements).not.toMatch(/disable-library-validation|allow-dyld-environment-variables|get-task-allow/);
  });

  it('ships the policy templates and registers web+mastodon links', () => {
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'build/policy', to: 'policy' }));
    expect(config.protocols?.flatMap((protocol) => protocol.schemes)).toContain('web+mastodon');
    expect(config.publish?.provider).toBe('generic');
  });
});
