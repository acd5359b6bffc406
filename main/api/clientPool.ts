import { createRestAPIClient, type mastodon } from 'masto';

/** What the API layer needs to know about a signed-in account; AccountService provides it. */
export interface AccountCredentials {
  /** The instance's base URL, e.g. `https://social.example.org`. */
  instanceUrl(accountId: string): Promise<string>;
  /** The access token, read from the keychain. Never leaves main. */
  accessToken(accountId: string): Promise<string>;
  /** Called when the server answered 401 for this account. */
  markNeedsSignIn(accountId: string): Promise<void>;
}

/**
 * One masto REST client per account, made on first use and dropped when the
 * account's token changes or it signs out, so there is exactly one per account.
 */
export class MastoClientPool {
  private readonly clients = new Map<string, { token: string; client: mastodon.rest.Client }>();

  constructor(
    private readonly credentials: AccountCredentials,
    private readonly fetchTimeoutMs = 30_000,
  ) {}

  /** The REST client for an account. */
  async rest(accountId: string): Promise<mastodon.rest.Client> {
    const token = await this.credentials.accessToken(accountId);
    const cached = this.clients.get(accountId);
    if (cached?.token === token) return cached.client;
    const url = await this.credentials.instanceUrl(accountId);
    const client = createRestAPIClient({
      url,
      accessToken: token,
      timeout: this.fetchTimeoutMs,
      // Never follow a redirect: on another origin it would receive what was posted (and, but for fetch's
      // own rule, the token). The API is not redirected in normal operation; describeMastoError says what happened.
      requestInit: { redirect: 'error' },
    });
    this.clients.set(accountId, { token, client });
    return client;
  }

  /** Forgets an account's client (after sign-out). */
  forget(accountId: string): void {
    this.clients.delete(accountId);
  }
}
