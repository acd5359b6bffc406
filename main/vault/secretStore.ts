/**
 * Where secrets live, by service and account name, as an OS keychain stores them.
 * Kept this small so the backend (keytar today) can change without touching callers.
 */
export interface SecretStore {
  /** The secret stored under `service`/`account`, or `null` when there is none. */
  get(service: string, account: string): Promise<string | null>;
  /** Stores or replaces the secret under `service`/`account`. */
  set(service: string, account: string, secret: string): Promise<void>;
  /** Removes the secret; resolves `false` when there was nothing to remove. */
  delete(service: string, account: string): Promise<boolean>;
  /** Whether secrets can be kept right now; a store that always can (memory) leaves this out. */
  state?(): Promise<KeychainState>;
}

/**
 * Whether the OS keychain can keep Atrium's secrets: `ready`; `unavailable` (no keychain running or
 * it is locked); `module_missing` (the native keychain module did not install, e.g. it could not build).
 */
export type KeychainState = 'ready' | 'unavailable' | 'module_missing';
