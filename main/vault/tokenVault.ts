import type { SecretStore } from './secretStore';

/** The keychain service name Atrium's secrets are filed under. */
export const DEFAULT_VAULT_SERVICE = 'Atrium';

/**
 * Atrium's secrets, in a {@link SecretStore}: each account's access token and each registration's client secret.
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

  /** Stores the client secret Atrium got when it registered on an instance, filed under that one registration. */
  saveClientSecret(registration: ClientSecretRef, secret: string): Promise<void> {
    return this.#store.set(this.#service, clientKey(registration), secret);
  }

  /** The registration's client secret, or `null` when the keychain has none. */
  clientSecret(registration: ClientSecretRef): Promise<string | null> {
    return this.#store.get(this.#service, clientKey(registration));
  }

  /** Forgets the registration's client secret. */
  deleteClientSecret(registration: ClientSecretRef): Promise<boolean> {
    return this.#store.delete(this.#service, clientKey(registration));
  }
}

/** Which registration a client secret belongs to. */
export interface ClientSecretRef {
  /** The instance origin, e.g. `https://social.example.org`. */
  readonly origin: string;
  readonly clientId: string;
  /** Saved by Atrium before it kept one secret per registration: filed under the origin alone. */
  readonly legacySecret?: boolean | undefined;
}

// Prefixes keep the two kinds apart in one keychain service, and read well in a keychain viewer.
const tokenKey = (accountId: string): string => `token:${accountId}`;
// One entry per registration, so a new registration never overwrites the secret an older token needs.
const clientKey = ({ origin, clientId, legacySecret }: ClientSecretRef): string =>
  legacySecret ? `client-secret:${origin}` : `client-secret:${origin} ${clientId}`;

/**
 * Whether a key this vault files secrets under belongs to the server at `origin`: an access token of one of
 * its accounts (`token:<id>@<host>`) or one of its registrations' client secrets (`client-secret:<origin>…`).
 */
export function isSecretOf(key: string, origin: string): boolean {
  const { host } = new URL(origin);
  if (key.startsWith('token:')) return key.slice(key.lastIndexOf('@') + 1) === host;
  if (!key.startsWith('client-secret:')) return false;
  const rest = key.slice('client-secret:'.length);
  return rest === origin || rest.startsWith(`${origin} `);
}
