import type { createWatcher as CreateWatcher } from '@vscode/policy-watcher';
import type { ManagedPolicyReader, ManagedPolicyValues } from './managedPolicy';
import { policyKeyNames, policySpecs } from './policySchema';

/** The registry key Group Policy writes Atrium's policy to, under HKLM (and HKCU for per-user keys). */
export const REGISTRY_KEY = 'Software\\Policies\\Atrium';
/** The preference domain a macOS configuration profile sets (the app's bundle id). */
export const MAC_PREFERENCE_DOMAIN = 'org.atrium.desktop';

/** How long to wait for the first answer before starting with no managed values. */
const FIRST_READ_MS = 3000;

/**
 * The managed-policy reader of this platform, backed by `@vscode/policy-watcher` (registry on Windows,
 * forced managed preferences on macOS), or `null` where the operating system has none (Linux reads the
 * policy file only). The library reads HKLM and falls back to HKCU value by value, so it hands Atrium a
 * single layer: it is reported as the machine's. Only administrators can write under
 * HKCU\Software\Policies, so a per-user value there still comes from IT.
 */
export async function createOsPolicyReader(
  platform: NodeJS.Platform,
  // Tests pass a stand-in: the native module only works on Windows and macOS.
  library: () => Promise<{ createWatcher: typeof CreateWatcher }> = () => import('@vscode/policy-watcher'),
): Promise<ManagedPolicyReader | null> {
  if (platform !== 'win32' && platform !== 'darwin') return null;
  const { createWatcher } = await library();
  const where =
    platform === 'win32'
      ? { machine: `the managed policy in HKLM\\${REGISTRY_KEY}`, user: `the managed policy in HKCU\\${REGISTRY_KEY}` }
      : { machine: `the configuration profile for ${MAC_PREFERENCE_DOMAIN}`, user: `the configuration profile for ${MAC_PREFERENCE_DOMAIN}` };
  const policies = Object.fromEntries(policyKeyNames.map((key) => [key, { type: policySpecs[key].kind }] as const));
  const current: Record<string, unknown> = {};
  const listeners = new Set<() => void>();
  let resolveFirst: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (resolveFirst = resolve));
  // The watcher lives as long as the app; each update holds the keys that changed (undefined: removed).
  createWatcher(
    platform === 'win32' ? 'Atrium' : MAC_PREFERENCE_DOMAIN,
    policies,
    (update) => {
      for (const [key, value] of Object.entries(update)) {
        if (value === undefined) delete current[key];
        else current[key] = value;
      }
      resolveFirst();
      for (const listener of listeners) listener();
    },
    { registryPath: REGISTRY_KEY },
  );
  const snapshot = (): ManagedPolicyValues => ({ machine: { ...current }, user: {} });
  return {
    where,
    read: async () => {
      await Promise.race([first, new Promise((resolve) => setTimeout(resolve, FIRST_READ_MS))]);
      return snapshot();
    },
    watch: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
