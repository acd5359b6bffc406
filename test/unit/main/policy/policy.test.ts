import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicPolicySchema } from '../../../../shared/domain';
import { DEFAULT_POLICY, assertInstanceAllowed, loadPolicy, toPublicPolicy } from '../../../../main/policy/policy';
import { policyFilePath } from '../../../../main/policy/policyFile';

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
  return { path, load: () => loadPolicy({ platform: 'linux', env: { ATRIUM_POLICY_FILE: path }, readFile: (p) => readFile(p, 'utf8') }) };
}

describe('policyFilePath', () => {
  it('knows where IT puts the file on each platform', () => {
    expect(policyFilePath('linux', {})).toBe('/etc/atrium/policy.json');
    expect(policyFilePath('darwin', {})).toBe('/Library/Application Support/Atrium/policy.json');
    expect(policyFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Atrium\\policy.json');
    expect(policyFilePath('win32', {})).toBe('C:\\ProgramData\\Atrium\\policy.json');
    expect(policyFilePath('darwin', { ATRIUM_POLICY_FILE: '/tmp/p.json' })).toBe('/tmp/p.json');
  });
});

describe('loadPolicy', () => {
  it('uses the defaults when there is no file', async () => {
    const policy = await loadPolicy({ platform: 'linux', env: { ATRIUM_POLICY_FILE: join(dir, 'missing.json') }, readFile: (p) => readFile(p, 'utf8') });
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
    const load = loadPolicy({ platform: 'linux', env: {}, readFile: () => Promise.reject(denied) });
    await expect(load).rejects.toThrow('The policy file /etc/atrium/policy.json is invalid: it could not be read');
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
