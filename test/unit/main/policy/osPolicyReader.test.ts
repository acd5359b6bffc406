import { describe, expect, it, vi } from 'vitest';
import type { createWatcher as CreateWatcher } from '@vscode/policy-watcher';
import { createOsPolicyReader, REGISTRY_KEY } from '../../../../main/policy/osPolicyReader';
import { policyKeyNames } from '../../../../main/policy/policySchema';

/** A stand-in for @vscode/policy-watcher: records how it was created and lets the test send updates. */
function standInLibrary() {
  let send: (update: Record<string, unknown>) => void = () => undefined;
  const createWatcher = vi.fn((_product: string, _policies: Record<string, { type: string }>, onDidChange: (update: Record<string, unknown>) => void) => {
    send = onDidChange;
    return { dispose: vi.fn() };
  });
  return { library: async () => ({ createWatcher: createWatcher as unknown as typeof CreateWatcher }), createWatcher, send: (update: Record<string, unknown>) => send(update) };
}

describe('createOsPolicyReader', () => {
  it('has nothing to read on Linux, where the policy file is the place', async () => {
    const { library, createWatcher } = standInLibrary();
    await expect(createOsPolicyReader('linux', library)).resolves.toBeNull();
    expect(createWatcher).not.toHaveBeenCalled();
  });

  it("watches Atrium's registry key on Windows, every schema key with its registry type", async () => {
    const { library, createWatcher, send } = standInLibrary();
    const reader = await createOsPolicyReader('win32', library);
    const [product, policies, , options] = createWatcher.mock.calls[0] as unknown as [string, Record<string, { type: string }>, unknown, { registryPath: string }];
    expect(product).toBe('Atrium');
    expect(options.registryPath).toBe(REGISTRY_KEY);
    expect(Object.keys(policies)).toEqual(policyKeyNames);
    expect(policies['allowUpdates']).toEqual({ type: 'boolean' });
    expect(policies['updateUrl']).toEqual({ type: 'string' });
    expect(reader?.where.machine).toBe('the managed policy in HKLM\\Software\\Policies\\Atrium');

    // The library's first answer holds every key, unset ones undefined.
    send({ instanceUrl: 'https://social.example.org', allowUpdates: undefined });
    await expect(reader?.read()).resolves.toEqual({ machine: { instanceUrl: 'https://social.example.org' }, user: {} });
  });

  it('reads the profile forced for org.atrium.desktop on macOS and follows changes', async () => {
    const { library, createWatcher, send } = standInLibrary();
    const reader = await createOsPolicyReader('darwin', library);
    expect(createWatcher.mock.calls[0]?.[0]).toBe('org.atrium.desktop');
    const reading = reader?.read();
    send({ requireAltText: true, hideDemo: undefined });
    await expect(reading).resolves.toEqual({ machine: { requireAltText: true }, user: {} });

    const changed = vi.fn();
    const stop = reader?.watch(changed);
    send({ requireAltText: undefined, hideDemo: false });
    expect(changed).toHaveBeenCalledTimes(1);
    await expect(reader?.read()).resolves.toEqual({ machine: { hideDemo: false }, user: {} });
    stop?.();
    send({ hideDemo: true });
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
