import { describe, expect, it } from 'vitest';
import { managedPolicy, type ManagedPolicyReader, type ManagedPolicyValues } from '../../../../main/policy/managedPolicy';
import { loadPolicy } from '../../../../main/policy/policy';

const where = { machine: 'the managed policy in HKLM\\Software\\Policies\\Atrium', user: 'the managed policy in HKCU\\Software\\Policies\\Atrium' };
const map = (machine: Record<string, unknown>, user: Record<string, unknown> = {}) => managedPolicy({ machine, user }, where);

/** A stand-in for the registry or a configuration profile. */
function standIn(values: ManagedPolicyValues): ManagedPolicyReader {
  return { where, read: async () => values, watch: () => () => undefined };
}

describe('managedPolicy', () => {
  it('is null when IT set nothing', () => {
    expect(map({}, {})).toBeNull();
  });

  it('reads strings and REG_DWORD booleans through the schema', () => {
    expect(map({ instanceUrl: 'https://social.example.org', allowOtherInstances: 0, requireAltText: 1, hideDemo: true })).toEqual({
      values: { instanceUrl: 'https://social.example.org', allowOtherInstances: false, requireAltText: true, hideDemo: true },
      source: where.machine,
      ignored: [],
    });
  });

  it('refuses a value of the wrong type, naming the place and the key', () => {
    expect(() => map({ requireAltText: 2 })).toThrow(/HKLM\\Software\\Policies\\Atrium is invalid: "requireAltText"/);
    expect(() => map({ requireAltText: 'yes' })).toThrow(/"requireAltText"/);
    expect(() => map({ allowUpdates: 1, updateUrl: 'http://updates.example.org/' })).toThrow(/"updateUrl" must start with https:\/\//);
    expect(() => map({}, { defaultVisibility: 'everyone' })).toThrow(/HKCU.*"defaultVisibility"/);
    expect(() => map({ accentColor: 42 })).toThrow(/"accentColor"/);
  });

  it('refuses an unknown value rather than ignoring a misspelt rule', () => {
    expect(() => map({ allowOtherInstance: 0 })).toThrow(/unknown value "allowOtherInstance"/);
    expect(() => map({}, { hideDemos: 1 })).toThrow(/HKCU.*unknown value "hideDemos"/);
  });

  it("puts the machine's value over the user's", () => {
    expect(map({ defaultVisibility: 'private' }, { defaultVisibility: 'public', requireAltText: 1 })?.values).toEqual({
      defaultVisibility: 'private',
      requireAltText: true,
    });
  });

  it('takes a per-user value only for a key that allows it', () => {
    const mapped = map({}, { instanceUrl: 'https://elsewhere.example', allowUpdates: 0, accentColor: '#0b5cad' });
    expect(mapped?.values).toEqual({ accentColor: '#0b5cad' });
    expect(mapped?.ignored).toEqual(['instanceUrl', 'allowUpdates']);
    expect(mapped?.source).toBe(where.user);
  });
});

describe('loadPolicy with managed values', () => {
  const missingFile = { platform: 'linux' as const, env: { ATRIUM_POLICY_FILE: '/nonexistent/atrium-policy.json' }, packaged: false };
  const enoent = async () => {
    throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  };

  it('puts the registry over the policy file and the built-in policy', async () => {
    const policy = await loadPolicy({
      ...missingFile,
      readFile: async () => JSON.stringify({ instanceUrl: 'https://file.example.org', requireAltText: false }),
      builtIn: JSON.stringify({ hideDemo: true, defaultVisibility: 'unlisted' }),
      managed: standIn({ machine: { instanceUrl: 'https://social.example.org', allowUpdates: 0 }, user: { defaultVisibility: 'private' } }),
    });
    expect(policy).toMatchObject({
      source: where.machine,
      instanceOrigin: 'https://social.example.org',
      requireAltText: false,
      hideDemo: true,
      defaultVisibility: 'private',
      allowUpdates: false,
      allowOtherInstances: false,
    });
  });

  it('keeps the rule that somebody must be able to sign in', async () => {
    await expect(loadPolicy({ ...missingFile, readFile: enoent, managed: standIn({ machine: { allowOtherInstances: 0 }, user: {} }) })).rejects.toThrow(
      /HKLM.*is invalid: "allowOtherInstances" forbids other instances/,
    );
  });

  it('says which per-user values it did not apply', async () => {
    const ignored: string[] = [];
    const policy = await loadPolicy({
      ...missingFile,
      readFile: enoent,
      managed: standIn({ machine: {}, user: { instanceUrl: 'https://elsewhere.example', requireAltText: 1 } }),
      onIgnored: (message) => ignored.push(message),
    });
    expect(policy).toMatchObject({ instanceOrigin: null, requireAltText: true });
    expect(ignored).toEqual([`${where.user} sets instanceUrl, which only the machine's policy may set; not applied`]);
  });

  it('fills in the update and login defaults', async () => {
    const policy = await loadPolicy({ ...missingFile, readFile: enoent, managed: standIn({ machine: { updateUrl: 'https://updates.example.org/atrium/' }, user: {} }) });
    expect(policy).toMatchObject({ allowUpdates: true, updateUrl: 'https://updates.example.org/atrium/', allowStartAtLogin: true });
  });
});
