// @vitest-environment jsdom
// jsdom for its XML parser: the guide's configuration profile is read as macOS reads it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { managedPolicy, type ManagedPolicyValues } from '../../../../main/policy/managedPolicy';
import { loadPolicy, parsePolicyText } from '../../../../main/policy/policy';
import { policyKeyNames, policySpecs } from '../../../../main/policy/policySchema';

// docs/admin.md is the guide IT reads: its examples must be what Atrium's loader accepts.
const guide = await readFile('docs/admin.md', 'utf8');
const blocks = (language: string) => [...guide.matchAll(/^[ \t]*```(\w+)\n([\s\S]*?)^[ \t]*```/gm)].filter((match) => match[1] === language).map((match) => match[2] ?? '');
const where = { machine: 'the guide’s HKLM example', user: 'the guide’s HKCU example' };

/** Reads a `.reg` file as Windows imports it: REG_SZ strings and REG_DWORD numbers under each key. */
function parseRegFile(text: string): ManagedPolicyValues {
  const layers: { machine: Record<string, unknown>; user: Record<string, unknown> } = { machine: {}, user: {} };
  let layer: Record<string, unknown> | null = null;
  for (const line of text.split('\n').map((l) => l.trim())) {
    const key = /^\[(HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER)\\Software\\Policies\\Atrium\]$/.exec(line);
    if (key) layer = key[1] === 'HKEY_LOCAL_MACHINE' ? layers.machine : layers.user;
    const value = /^"(\w+)"=(?:"([^"]*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value && layer) layer[value[1] ?? ''] = value[2] ?? Number.parseInt(value[3] ?? '', 16);
  }
  return layers;
}

/** The keys and values of the profile's payload dictionary. */
function parseProfileDict(text: string): Record<string, unknown> {
  const dict = new DOMParser().parseFromString(text, 'application/xml').documentElement;
  const values: Record<string, unknown> = {};
  const children = [...dict.children];
  for (let index = 0; index < children.length; index += 2) {
    const name = children[index]?.textContent ?? '';
    const value = children[index + 1];
    if (!name.startsWith('Payload') && value) values[name] = value.tagName === 'true' ? true : value.tagName === 'false' ? false : value.textContent;
  }
  return values;
}

const enoent = async (): Promise<string> => {
  throw Object.assign(new Error('missing'), { code: 'ENOENT' });
};
const linux = { platform: 'linux' as const, env: { ATRIUM_POLICY_FILE: '/etc/atrium/policy.json' }, packaged: false };

describe('docs/admin.md', () => {
  it('lists every policy key once, with whether a per-user policy may set it', () => {
    const section = guide.slice(guide.indexOf('## The keys'), guide.indexOf('## Examples for each system'));
    const rows = [...section.matchAll(/^\| `(\w+)` \|(?:[^|]*\|){2} (yes|no) \|/gm)].map((match) => [match[1], match[2]]);
    expect(rows).toEqual(policyKeyNames.map((key) => [key, policySpecs[key].perUser ? 'yes' : 'no']));
  });

  it('has policy files the loader accepts', async () => {
    const files = blocks('json');
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const text of files) {
      expect(() => parsePolicyText('docs/admin.md', text)).not.toThrow();
      const policy = await loadPolicy({ ...linux, readFile: async () => text });
      expect(policy.instanceOrigin).toBe('https://social.example.org');
    }
  });

  it('has a registry example the registry mapping reads, the machine over the user', async () => {
    const [reg] = blocks('reg');
    const values = parseRegFile(reg ?? '');
    expect(Object.keys(values.machine).length).toBeGreaterThan(0);
    expect(Object.keys(values.user).length).toBeGreaterThan(0);
    expect(managedPolicy(values, where)?.ignored).toEqual([]);
    const policy = await loadPolicy({ ...linux, readFile: enoent, managed: { where, read: async () => values, watch: () => () => undefined } });
    expect(policy).toMatchObject({
      source: where.machine,
      instanceOrigin: 'https://social.example.org',
      allowOtherInstances: false,
      updateUrl: 'https://updates.example.org/atrium/',
      defaultVisibility: 'unlisted',
      accentColor: '#0b5cad',
    });
  });

  it('has a configuration profile the managed-preferences mapping reads', () => {
    const [xml] = blocks('xml');
    const values = parseProfileDict(xml ?? '');
    expect(xml).toContain('<string>org.atrium.desktop</string>');
    expect(managedPolicy({ machine: values, user: {} }, where)?.values).toEqual({
      instanceUrl: 'https://social.example.org',
      allowOtherInstances: false,
      requireAltText: true,
      updateUrl: 'https://updates.example.org/atrium/',
    });
  });
});
