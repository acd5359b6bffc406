import type { SecretStore } from '../../../../main/vault/secretStore';

/** A test double for the keychain that keeps secrets in memory and lets tests look inside. */
export class MemorySecretStore implements SecretStore {
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
