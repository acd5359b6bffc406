import { MemorySecretStore } from './memorySecretStore';
import type { KeychainState, SecretStore } from './secretStore';
import { isSecretOf } from './tokenVault';

/**
 * The keychain, except that the demo organization's secrets fall back to memory when the computer has no
 * usable keychain: the demo then works until Atrium quits, and its tokens never touch the disk. Every other
 * server's secrets go to the keychain or fail with its plain error; there is no fallback for real accounts.
 */
export class DemoSecretStore implements SecretStore {
  readonly #keychain: SecretStore;
  readonly #demoOrigin: string;
  readonly #memory = new MemorySecretStore();
  // Decided once, at the demo's first secret, so its secrets never end up split between the two places.
  #demoStore: Promise<SecretStore> | null = null;

  /** @param demoOrigin the demo organization's origin, e.g. `http://127.0.0.1:4000`. */
  constructor(keychain: SecretStore, demoOrigin: string) {
    this.#keychain = keychain;
    this.#demoOrigin = new URL(demoOrigin).origin;
  }

  /** The keychain's own state (the demo works either way; real accounts need `ready`). */
  state(): Promise<KeychainState> {
    return this.#keychain.state?.() ?? Promise.resolve('ready');
  }

  async get(service: string, account: string): Promise<string | null> {
    return (await this.#storeFor(account)).get(service, account);
  }

  async set(service: string, account: string, secret: string): Promise<void> {
    return (await this.#storeFor(account)).set(service, account, secret);
  }

  async delete(service: string, account: string): Promise<boolean> {
    return (await this.#storeFor(account)).delete(service, account);
  }

  #storeFor(account: string): Promise<SecretStore> {
    if (!isSecretOf(account, this.#demoOrigin)) return Promise.resolve(this.#keychain);
    this.#demoStore ??= this.state().then((state) => (state === 'ready' ? this.#keychain : this.#memory));
    return this.#demoStore;
  }
}
