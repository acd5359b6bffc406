import type { SecretStore } from './secretStore';

/** The keychain service name Atrium's secrets are filed under. */
export const DEFAULT_VAULT_SERVICE = 'Atrium';

/**
 * Atrium's secrets, in a {@link SecretStore}: each account's access token and each instance's client secret.
 * Nothing here is ever written to a file or sent to the renderer.
 */
export class TokenVault {
  readonly #store: SecretStore;
  readonly #service: string;

  /**
   * @param store where secrets are kept (the OS keychain in the app).
   * @param service keychain service name; tests pass their own so they never touch a real person's entries.
   */
  constructor(store: SecretStore, service: string = DEFAULT_VAULT_SERVICE) {
    this.#store = store;
    this.#service = service;
  }

  /** Stores the access token of an account (Atrium account id). */
  saveAccessToken(accountId: string, token: string): Promise<void> {
    return this.#store.set(this.#service, tokenKey(accountId), token);
  }

  /** The account's access token, or `null` when the keychain has none. */
  accessToken(accountId: string): Promise<string | null> {
    return this.#store.get(this.#service, tokenKey(accountId));
  }

  /** Forgets the account's access token. */
  deleteAccessToken(accountId: string): Promise<boolean> {
    return this.#store.delete(this.#service, tokenKey(accountId));
  }

  /** Stores the client secret Atrium got when it registered on an instance (by origin). */
  saveClientSecret(instanceOrigin: string, secret: string): Promise<void> {
    return this.#store.set(this.#service, clientKey(instanceOrigin), secret);
  }

  /** The instance's client secret, or `null` when the keychain has none. */
  clientSecret(instanceOrigin: string): Promise<string | null> {
    return this.#store.get(this.#service, clientKey(instanceOrigin));
  }

  /** Forgets the instance's client secret. */
  deleteClientSecret(instanceOrigin: string): Promise<boolean> {
    return this.#store.delete(this.#service, clientKey(instanceOrigin));
  }
}

// Prefixes keep the two kinds apart in one keychain service, and read well in a keychain viewer.
const tokenKey = (accountId: string): string => `token:${accountId}`;
const clientKey = (origin: string): string => `client-secret:${origin}`;
