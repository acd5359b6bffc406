import { z } from 'zod';
import { policyFileSchema, policyKeyNames, policySpecs, type PolicyKey } from './policySchema';
import { MAC_PREFERENCE_DOMAIN, REGISTRY_KEY } from './osPolicyReader';

// The files IT imports into its own tools, all written from the one key table in policySchema.ts by
// `npm run policy:templates` and shipped with the installers (electron-builder's extraResources).

/** A generated template: its path under build/policy and its text. */
export interface PolicyTemplate {
  readonly path: string;
  readonly text: string;
}

/** Every template, in a stable order. */
export function policyTemplates(): PolicyTemplate[] {
  return [
    { path: 'atrium-policy.schema.json', text: policyJsonSchema() },
    { path: 'windows/Atrium.admx', text: policyAdmx() },
    { path: 'windows/en-US/Atrium.adml', text: policyAdml() },
    { path: 'macos/atrium-policy.example.mobileconfig', text: policyMobileconfig() },
  ];
}

/** The JSON Schema of the policy file (/etc/atrium/policy.json and its siblings), for editors and linters. */
export function policyJsonSchema(): string {
  const schema = z.toJSONSchema(policyFileSchema, { io: 'input' }) as { properties: Record<string, object> };
  for (const key of policyKeyNames) {
    schema.properties[key] = { title: policySpecs[key].title, description: policySpecs[key].description, ...schema.properties[key] };
  }
  return `${JSON.stringify({ $id: 'https://atrium.invalid/policy.schema.json', title: 'Atrium policy', ...schema }, null, 2)}\n`;
}

const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const SUPPORTED = 'SUPPORTED_Atrium';

/** The ADMX template: one Group Policy setting per key, under HKLM (and HKCU for the keys that allow it). */
export function policyAdmx(): string {
  const policies = policyKeyNames.map((key) => admxPolicy(key)).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${NS}">
  <policyNamespaces>
    <target prefix="atrium" namespace="Atrium.Policies.Atrium" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="${SUPPORTED}" displayName="$(string.${SUPPORTED})" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="Atrium" displayName="$(string.Atrium)" />
  </categories>
  <policies>
${policies}
  </policies>
</policyDefinitions>
`;
}

function admxPolicy(key: PolicyKey): string {
  const spec = policySpecs[key];
  const head = `    <policy name="${key}" class="${spec.perUser ? 'Both' : 'Machine'}" displayName="$(string.${key})" explainText="$(string.${key}_Explain)" key="${REGISTRY_KEY}"`;
  const common = `      <parentCategory ref="Atrium" />\n      <supportedOn ref="${SUPPORTED}" />`;
  if (spec.kind === 'boolean') {
    return `${head} valueName="${key}">
${common}
      <enabledValue><decimal value="1" /></enabledValue>
      <disabledValue><decimal value="0" /></disabledValue>
    </policy>`;
  }
  const element =
    'choices' in spec
      ? `<enum id="${key}" valueName="${key}" required="true">\n${spec.choices
          .map((choice) => `          <item displayName="$(string.${key}_${choice})"><value><string>${choice}</string></value></item>`)
          .join('\n')}\n        </enum>`
      : `<text id="${key}" valueName="${key}" required="true" />`;
  return `${head} presentation="$(presentation.${key})">
${common}
      <elements>
        ${element}
      </elements>
    </policy>`;
}

/** The English ADML that names and explains the ADMX's settings. */
export function policyAdml(): string {
  const strings = [
    stringEntry('Atrium', 'Atrium'),
    stringEntry(SUPPORTED, 'Atrium 0.1 and later'),
    ...policyKeyNames.flatMap((key) => {
      const spec = policySpecs[key];
      const choices = 'choices' in spec ? spec.choices.map((choice) => stringEntry(`${key}_${choice}`, choice)) : [];
      return [stringEntry(key, spec.title), stringEntry(`${key}_Explain`, spec.description), ...choices];
    }),
  ];
  const presentations = policyKeyNames
    .filter((key) => policySpecs[key].kind === 'string')
    .map((key) => {
      const spec = policySpecs[key];
      const control =
        'choices' in spec
          ? `<dropdownList refId="${key}" noSort="true">${xml(spec.title)}</dropdownList>`
          : `<textBox refId="${key}"><label>${xml(spec.title)}</label></textBox>`;
      return `      <presentation id="${key}">${control}</presentation>`;
    });
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${NS}">
  <displayName>Atrium</displayName>
  <description>Settings for Atrium, the desktop client for your organization's Mastodon server.</description>
  <resources>
    <stringTable>
${strings.join('\n')}
    </stringTable>
    <presentationTable>
${presentations.join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

function stringEntry(id: string, text: string): string {
  return `      <string id="${id}">${xml(text)}</string>`;
}

/** An example configuration profile that forces every key with its example value (edit it, then sign it). */
export function policyMobileconfig(): string {
  const values = policyKeyNames
    .map((key) => {
      const example = policySpecs[key].example;
      return `        <key>${key}</key>\n        ${typeof example === 'boolean' ? `<${example} />` : `<string>${xml(example)}</string>`}`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
  <dict>
    <key>PayloadContent</key>
    <array>
      <dict>
        <key>PayloadType</key>
        <string>${MAC_PREFERENCE_DOMAIN}</string>
        <key>PayloadIdentifier</key>
        <string>${MAC_PREFERENCE_DOMAIN}.policy</string>
        <key>PayloadUUID</key>
        <string>6B0E3A52-7C1D-4F43-9A8E-2D5B61C0F7A1</string>
        <key>PayloadVersion</key>
        <integer>1</integer>
        <key>PayloadDisplayName</key>
        <string>Atrium settings</string>
${values}
      </dict>
    </array>
    <key>PayloadDisplayName</key>
    <string>Atrium policy (example)</string>
    <key>PayloadIdentifier</key>
    <string>${MAC_PREFERENCE_DOMAIN}.profile</string>
    <key>PayloadScope</key>
    <string>System</string>
    <key>PayloadType</key>
    <string>Configuration</string>
    <key>PayloadUUID</key>
    <string>0F4C9B27-51E8-4D6A-B3C2-8E7A19D4F065</string>
    <key>PayloadVersion</key>
    <integer>1</integer>
  </dict>
</plist>
`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
