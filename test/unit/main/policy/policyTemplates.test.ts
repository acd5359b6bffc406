// @vitest-environment jsdom
// jsdom for its XML parser: the ADMX, ADML and profile are read as XML, as Windows and macOS read them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { managedPolicy } from '../../../../main/policy/managedPolicy';
import { policyKeyNames, policySpecs } from '../../../../main/policy/policySchema';
import { policyAdml, policyAdmx, policyJsonSchema, policyMobileconfig, policyTemplates } from '../../../../main/policy/policyTemplates';

const parseXml = (text: string): Document => {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
};
const examples = Object.fromEntries(policyKeyNames.map((key) => [key, policySpecs[key].example]));

describe('the committed policy templates', () => {
  it('are exactly what `npm run policy:templates` writes from the schema now', async () => {
    for (const template of policyTemplates()) {
      const committed = await readFile(path.join('build/policy', template.path), 'utf8');
      expect(committed, `${template.path} is stale: run npm run policy:templates`).toBe(template.text);
    }
  });
});

describe('the JSON Schema', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(policyJsonSchema()) as object);

  it('accepts every key with its example and names each key', () => {
    expect(validate(examples)).toBe(true);
    expect(Object.keys((JSON.parse(policyJsonSchema()) as { properties: object }).properties)).toEqual(policyKeyNames);
  });

  it('refuses what the loader refuses: unknown keys and wrong types', () => {
    expect(validate({ allowOtherInstance: false })).toBe(false);
    expect(validate({ requireAltText: 'yes' })).toBe(false);
    expect(validate({ defaultVisibility: 'everyone' })).toBe(false);
    expect(validate({ accentColor: 'blue' })).toBe(false);
  });
});

describe('the ADMX and ADML', () => {
  const admx = parseXml(policyAdmx());
  const adml = parseXml(policyAdml());
  const strings = new Set([...adml.getElementsByTagName('string')].map((node) => node.getAttribute('id')));
  const presentations = new Set([...adml.getElementsByTagName('presentation')].map((node) => node.getAttribute('id')));

  it('has one setting per key, machine-wide unless the key allows per-user values', () => {
    const policies = [...admx.getElementsByTagName('policy')];
    expect(policies.map((node) => node.getAttribute('name'))).toEqual(policyKeyNames);
    for (const node of policies) {
      const key = node.getAttribute('name') as keyof typeof policySpecs;
      expect(node.getAttribute('key')).toBe('Software\\Policies\\Atrium');
      expect(node.getAttribute('class')).toBe(policySpecs[key].perUser ? 'Both' : 'Machine');
      if (policySpecs[key].kind === 'boolean') {
        // Written as the REG_DWORD 1 or 0 that the registry mapping reads as true or false.
        expect(node.getAttribute('valueName')).toBe(key);
        expect(node.querySelector('enabledValue decimal')?.getAttribute('value')).toBe('1');
        expect(node.querySelector('disabledValue decimal')?.getAttribute('value')).toBe('0');
      } else {
        const element = node.querySelector('elements > text, elements > enum');
        expect(element?.getAttribute('valueName')).toBe(key);
        expect(presentations.has(key)).toBe(true);
      }
    }
  });

  it('offers exactly the choices the schema allows', () => {
    const items = [...admx.querySelectorAll('enum[valueName="defaultVisibility"] item string')].map((node) => node.textContent);
    expect(items).toEqual(policySpecs.defaultVisibility.choices);
  });

  it('names every string the ADMX refers to', () => {
    const referenced = [...policyAdmx().matchAll(/\$\(string\.([\w]+)\)/g)].map((match) => match[1]);
    expect(referenced.length).toBeGreaterThan(policyKeyNames.length);
    for (const id of referenced) expect(strings.has(id ?? ''), id).toBe(true);
  });
});

describe('the example configuration profile', () => {
  const profile = parseXml(policyMobileconfig());
  const payload = [...profile.querySelectorAll('array > dict')][0];

  /** The payload's keys and values as macOS hands them to Atrium. */
  function preferences(): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    const children = [...(payload?.children ?? [])];
    for (let index = 0; index < children.length; index += 2) {
      const value = children[index + 1];
      const name = children[index]?.textContent ?? '';
      if (name.startsWith('Payload') || !value) continue;
      values[name] = value.tagName === 'true' ? true : value.tagName === 'false' ? false : value.textContent;
    }
    return values;
  }

  it("sets Atrium's preference domain", () => {
    expect(payload?.querySelector('string')?.textContent).toBe('org.atrium.desktop');
  });

  it('holds every key, and the loader accepts its values', () => {
    const values = preferences();
    expect(Object.keys(values)).toEqual(policyKeyNames);
    const mapped = managedPolicy({ machine: values, user: {} }, { machine: 'the profile', user: 'the profile' });
    expect(mapped?.values).toEqual(examples);
  });
});
