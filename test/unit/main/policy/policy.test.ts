import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicPolicySchema } from '../../../../shared/domain';
import { BUILT_IN_SOURCE, DEFAULT_POLICY, assertInstanceAllowed, loadPolicy, toPublicPolicy } from '../../../../main/policy/policy';
import { policyFilePath } from '../../../../main/policy/policyFile';
import { bundledPolicyText, readBuiltInPolicy } from '../../../../main/policy/builtInPolicy';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atrium-policy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Loads a policy from a file holding `content`, through the test environment variable. */
async function loadFrom(content: string) {
  const path = join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, content);
  return { path, load: () => loadPolicy({ platform: 'linux', env: { ATRIUM_POLICY_FILE: path }, packaged: false, readFile: (p) => readFile(p, 'utf8') }) };
}

describe('policyFilePath', () => {
  const where = (platform: NodeJS.Platform, env: Record<string, string>, packaged = false) => policyFilePath({ platform, env, packaged });

  it('knows where IT puts the file on each platform', () => {
    expect(where('linux', {})).toBe('/etc/atrium/policy.json');
    expect(where('darwin', {})).toBe('/Library/Application Support/Atrium/policy.json');
    expect(where('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Atrium\\policy.json');
    expect(where('win32', {})).toBe('C:\\ProgramData\\Atrium\\policy.json');
  });

  it('follows ATRIUM_POLICY_FILE in development and test builds', () => {
    expect(where('darwin', { ATRIUM_POLICY_FILE: '/tmp/p.json' })).toBe('/tmp/p.json');
  });

  it('reads the system file only in a packaged app, whatever the environment says', () => {
    expect(where('linux', { ATRIUM_POLICY_FILE: '/tmp/empty.json' }, true)).toBe('/etc/atrium/policy.json');
    expect(where('darwin', { ATRIUM_POLICY_FILE: '/tmp/empty.json' }, true)).toBe('/Library/Application Support/Atrium/policy.json');
    // ProgramData is an environment variable too: a user could point it at an empty folder.
    expect(where('win32', { ProgramData: 'D:\\Mine', ATRIUM_POLICY_FILE: 'D:\\Mine\\p.json' }, true)).toBe('C:\\ProgramData\\Atrium\\policy.json');
  });
});

describe('loadPolicy', () => {
  it('uses the defaults when there is no file', async () => {
    const policy = await loadPolicy({ platform: 'linux', env: { ATRIUM_POLICY_FILE: join(dir, 'missing.json') }, packaged: false, readFile: (p) => readFile(p, 'utf8') });
    expect(policy).toEqual(DEFAULT_POLICY);
  });

  it('reads a full policy and pins the instance', async () => {
    const { path, load } = await loadFrom(
      JSON.stringify({ instanceUrl: 'https://social.example.org/', defaultVisibility: 'unlisted', requireAltText: true, hideDemo: true, accentColor: '#1a73e8' }),
    );
    const policy = await load();
    expect(policy).toEqual({
      source: path,
      instanceOrigin: 'https://social.example.org',
      allowOtherInstances: false,
      defaultVisibility: 'unlisted',
      requireAltText: true,
      hideDemo: true,
      accentColor: '#1a73e8',
      allowUpdates: true,
      updateUrl: null,
      allowStartAtLogin: true,
    });
    expect(publicPolicySchema.parse(toPublicPolicy(policy))).toEqual({
      pinnedInstanceUrl: 'https://social.example.org',
      allowOtherInstances: false,
      defaultVisibility: 'unlisted',
      requireAltText: true,
      hideDemo: true,
      accentColor: '#1a73e8',
    });
  });

  it('refuses an unknown key, naming the file and the key (fail closed)', async () => {
    const { path, load } = await loadFrom(JSON.stringify({ instanceUrl: 'https://social.example.org', allowOtherInstance: true }));
    await expect(load()).rejects.toMatchObject({ code: 'invalid_policy' });
    await expect(load()).rejects.toThrow(`The policy file ${path} is invalid: unknown key "allowOtherInstance"`);
  });

  it.each([
    [{ defaultVisibility: 'everyone' }, '"defaultVisibility"'],
    [{ requireAltText: 'yes' }, '"requireAltText"'],
    [{ instanceUrl: 'ftp://example.org' }, '"instanceUrl"'],
    [{ instanceUrl: 'http://social.example.org' }, '"instanceUrl" must start with https://'],
    [{ instanceUrl: 'not a url' }, '"instanceUrl"'],
    [{ accentColor: 'blue' }, '"accentColor" must be a colour like'],
    [{ allowOtherInstances: false }, '"allowOtherInstances" forbids other instances but names none'],
  ])('refuses %j, naming the bad key', async (content, key) => {
    const { path, load } = await loadFrom(JSON.stringify(content));
    const error = (await load().then(
      () => new Error('loaded'),
      (e: unknown) => e as Error,
    ));
    expect(error.message).toContain(path);
    expect(error.message).toContain(key);
  });

  it('refuses a file that is not JSON', async () => {
    const { path, load } = await loadFrom('{ instanceUrl: nope');
    await expect(load()).rejects.toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is invalid: it is not valid JSON`));
  });

  it('refuses a file it cannot read instead of ignoring it', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const load = loadPolicy({ platform: 'linux', env: {}, packaged: true, readFile: () => Promise.reject(denied) });
    await expect(load).rejects.toThrow('The policy file /etc/atrium/policy.json is invalid: it could not be read');
  });
});

describe('a packaged app', () => {
  const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });

  it('keeps the pin in the system file when ATRIUM_POLICY_FILE points at a missing file', async () => {
    const files: Record<string, string> = { '/etc/atrium/policy.json': JSON.stringify({ instanceUrl: 'https://social.example.org' }) };
    const read = (path: string) => (path in files ? Promise.resolve(files[path] ?? '') : Promise.reject(missing));
    const env = { ATRIUM_POLICY_FILE: '/home/me/nothing.json' };
    const packaged = await loadPolicy({ platform: 'linux', env, packaged: true, readFile: read });
    expect(packaged).toMatchObject({ source: '/etc/atrium/policy.json', instanceOrigin: 'https://social.example.org', allowOtherInstances: false });
    // The same environment in a development build does move the file (and so drops the pin).
    expect(await loadPolicy({ platform: 'linux', env, packaged: false, readFile: read })).toEqual(DEFAULT_POLICY);
  });
});

describe('the built-in policy', () => {
  const none = () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
  const pin = JSON.stringify({ instanceUrl: 'https://social.example.org', accentColor: '#0b7a75' });

  it('pins the instance when the machine has no policy file', async () => {
    const policy = await loadPolicy({ platform: 'linux', env: {}, packaged: true, builtIn: pin, readFile: none });
    expect(policy).toEqual({ ...DEFAULT_POLICY, source: BUILT_IN_SOURCE, instanceOrigin: 'https://social.example.org', allowOtherInstances: false, accentColor: '#0b7a75' });
  });

  it('gives way, key by key, to the machine policy file', async () => {
    const machine = JSON.stringify({ hideDemo: true, accentColor: '#1a73e8' });
    const policy = await loadPolicy({ platform: 'linux', env: {}, packaged: true, builtIn: pin, readFile: () => Promise.resolve(machine) });
    expect(policy).toMatchObject({ source: '/etc/atrium/policy.json', instanceOrigin: 'https://social.example.org', hideDemo: true, accentColor: '#1a73e8' });
  });

  it('lets the machine file forbid other instances when the build names the instance', async () => {
    const built = JSON.stringify({ instanceUrl: 'https://social.example.org', allowOtherInstances: true });
    const policy = await loadPolicy({ platform: 'linux', env: {}, packaged: true, builtIn: built, readFile: () => Promise.resolve('{"allowOtherInstances":false}') });
    expect(policy.allowOtherInstances).toBe(false);
  });

  it('refuses a broken built-in policy, naming it', async () => {
    const load = loadPolicy({ platform: 'linux', env: {}, packaged: true, builtIn: '{"instanceUrl":"gopher://x"}', readFile: none });
    await expect(load).rejects.toThrow('The policy built into this copy of Atrium is invalid: "instanceUrl"');
  });

  it('is read and checked at build time from the file ATRIUM_BUILT_IN_POLICY names', async () => {
    const { path } = await loadFrom(pin);
    const read = (p: string) => readFile(p, 'utf8');
    expect(await readBuiltInPolicy({ ATRIUM_BUILT_IN_POLICY: path }, read)).toBe(pin);
    expect(await readBuiltInPolicy({}, read)).toBeNull();
    const { path: broken } = await loadFrom('{"hideDemo":"yes"}');
    await expect(readBuiltInPolicy({ ATRIUM_BUILT_IN_POLICY: broken }, read)).rejects.toThrow(`The policy file ${broken} is invalid: "hideDemo"`);
  });

  it('is absent from builds that bake none in (and from tests)', () => {
    expect(bundledPolicyText()).toBeNull();
  });
});

describe('assertInstanceAllowed', () => {
  const pinned = { ...DEFAULT_POLICY, instanceOrigin: 'https://social.example.org', allowOtherInstances: false };

  it('lets the pinned instance through and refuses any other, comparing origins', () => {
    expect(() => assertInstanceAllowed(pinned, 'https://social.example.org')).not.toThrow();
    expect(() => assertInstanceAllowed(pinned, 'https://social.example.org.attacker.test')).toThrow(
      'Your organization only allows signing in to social.example.org; social.example.org.attacker.test is not allowed on this computer.',
    );
    expect(() => assertInstanceAllowed(pinned, 'http://social.example.org')).toThrow(/only allows signing in/);
  });

  it('allows any instance when nothing is pinned, or when IT allows others', () => {
    expect(() => assertInstanceAllowed(DEFAULT_POLICY, 'https://anywhere.example')).not.toThrow();
    expect(() => assertInstanceAllowed({ ...pinned, allowOtherInstances: true }, 'https://anywhere.example')).not.toThrow();
  });
});
