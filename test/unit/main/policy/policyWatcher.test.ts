import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPolicy, type Policy } from '../../../../main/policy/policy';
import { watchPolicyFile } from '../../../../main/policy/policyWatcher';

let dir: string;
let stop: () => void = () => undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atrium-policy-watch-'));
});
afterEach(async () => {
  stop();
  await rm(dir, { recursive: true, force: true });
});

function watch(path: string) {
  const applied: Policy[] = [];
  const errors: unknown[] = [];
  stop = watchPolicyFile({
    path,
    load: () => loadPolicy({ platform: 'linux', env: { ATRIUM_POLICY_FILE: path }, packaged: false, readFile: (p) => readFile(p, 'utf8') }),
    onChange: (policy) => applied.push(policy),
    onError: (error) => errors.push(error),
    settleMs: 20,
  });
  return { applied, errors };
}

describe('watching the policy file', () => {
  it('applies a policy written while Atrium runs, and one replaced by a rename', async () => {
    const path = join(dir, 'policy.json');
    const { applied } = watch(path);
    await writeFile(path, JSON.stringify({ instanceUrl: 'https://social.example.org' }));
    await expect.poll(() => applied.at(-1)?.instanceOrigin, { timeout: 10_000 }).toBe('https://social.example.org');

    // Deployment tools write a new file and rename it over the old one.
    await writeFile(join(dir, 'policy.json.new'), JSON.stringify({ instanceUrl: 'https://other.example.org' }));
    await rename(join(dir, 'policy.json.new'), path);
    await expect.poll(() => applied.at(-1)?.instanceOrigin, { timeout: 10_000 }).toBe('https://other.example.org');
  });

  it('keeps the last good policy when the new file does not load, and says why', async () => {
    const path = join(dir, 'policy.json');
    const { applied, errors } = watch(path);
    await writeFile(path, '{ "instanceUrl": ');
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(String(errors[0])).toContain('is invalid: it is not valid JSON');
    expect(applied).toEqual([]);
  });

  it('does nothing when there is no file to watch or no folder yet', () => {
    expect(() => watchPolicyFile({ path: null, load: () => Promise.reject(new Error('no')), onChange: () => undefined, onError: () => undefined })()).not.toThrow();
    const errors: unknown[] = [];
    const stopMissing = watchPolicyFile({ path: join(dir, 'missing', 'policy.json'), load: () => Promise.reject(new Error('no')), onChange: () => undefined, onError: (e) => errors.push(e) });
    stopMissing();
    expect(errors).toEqual([]);
  });
});
