import type { SecretStore } from './secretStore';

/**
 * Secrets held in this process's memory only: gone when Atrium quits, never written anywhere.
 * The demo organization's tokens land here when the computer has no keychain; tests use it as a keychain stand-in.
 */
export class MemorySecretStore implements SecretStore {
  /** Readable so tests can look inside; keyed by service and account. */
  readonly entries = new Map<string, string>();

  async get(service: string, account: string): Promise<string | null> {
    return this.entries.get(`${service}\u0000${account}`) ?? null;
  }

  async set(service: string, account: string, secret: string): Promise<void> {
    this.entries.set(`${service}\u0000${account}`, secret);
  }

  async delete(service: string, account: string): Promise<boolean> {
    return this.entries.delete(`${service}\u0000${account}`);
  }
}
