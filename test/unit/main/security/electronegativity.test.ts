/**
 * Electronegativity (Doyensec's checker for Electron's security checklist) over main/, the Electron
 * glue included. It fails on any finding not explained in electronegativityAllowList.ts and on any file
 * the checker could not parse (a file it cannot read is a file it did not check).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedFindings } from './electronegativityAllowList';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
}
interface Report {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
type Run = (options: Record<string, unknown>) => Promise<Report>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const require = createRequire(import.meta.url);
// The package is CommonJS without types; its runner is a function taking the CLI's options.
const runner = require('@doyensec/electronegativity') as Run | { default: Run };
const run = typeof runner === 'function' ? runner : runner.default;
const electronVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

describe('electronegativity over main/', () => {
  let report: Report;
  beforeAll(async () => {
    report = await run({
      input: path.join(root, 'main'),
      isRelative: true,
      isVerbose: false,
      customScan: [],
      // This check downloads Electron's list of releases; the machines here have no such network.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      // Told, not guessed: without it the checker assumes Electron 0.1 and judges old defaults.
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
  }, 60_000);

  it('read every file and ran its checks', () => {
    expect(report.errors.filter((error) => !error.tolerable)).toEqual([]);
    expect(report.atomicChecks).toBeGreaterThan(20);
  });

  it('finds nothing that the allow-list does not explain', () => {
    const unexplained = report.issues
      .filter((issue) => !allowedFindings.some((allowed) => allowed.check === issue.id && allowed.file === issue.file))
      .map((issue) => `${issue.id} in ${issue.file}:${issue.location.line}: ${issue.description}`);
    expect(unexplained).toEqual([]);
  });

  it('has no allow-list entry left over from a finding that is gone', () => {
    const stale = allowedFindings.filter((allowed) => !report.issues.some((issue) => issue.id === allowed.check && issue.file === allowed.file));
    expect(stale).toEqual([]);
  });
});
