import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The forms a secret could take once written somewhere: as it is, base64, URL- or JSON-escaped, and their lower case. */
export function secretForms(secret: string): string[] {
  const forms = [secret, Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url'), encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
  return [...new Set(forms.flatMap((form) => [form, form.toLowerCase()]))];
}

/** Where a text holds one of the secrets, in any of its forms: one line per find, naming the secret by its first characters. */
export function secretsIn(where: string, text: string, secrets: readonly string[]): string[] {
  return secrets.flatMap((secret) => (secretForms(secret).some((form) => text.includes(form)) ? [`${where} holds ${secret.slice(0, 4)}…`] : []));
}

/**
 * Every file under `dir` (any depth, any name, binary too) and every file name, checked for the secrets.
 * Answers where they were found, and how many files were read, so a test can tell an empty scan from a clean one.
 */
export async function scanFolderForSecrets(dir: string, secrets: readonly string[]): Promise<{ finds: string[]; files: string[] }> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const finds: string[] = [];
  for (const file of files) {
    const where = path.relative(dir, file);
    finds.push(...secretsIn(`the name ${where}`, where, secrets));
    // latin1 keeps every byte as one character, so a secret inside a binary file is still found.
    finds.push(...secretsIn(where, await readFile(file, 'latin1'), secrets));
  }
  return { finds, files: files.map((file) => path.relative(dir, file)) };
}
