// `npm run policy:templates`: writes build/policy/ from the policy key table (main/policy/policySchema.ts).
// A unit test fails when the committed files differ from what this writes, so run it after changing a key.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { policyTemplates } from '../main/policy/policyTemplates';

const root = path.join(import.meta.dirname, '..', 'build', 'policy');
for (const template of policyTemplates()) {
  const file = path.join(root, template.path);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, template.text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
