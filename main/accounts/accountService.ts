import type { AccountSummary } from '../../shared/domain';
import { AtriumFailure } from '../../shared/result';
import type { Fetch } from '../auth/http';
import { type InstanceInfo, probeInstance } from '../auth/instanceProbe';
import { normalizeInstanceUrl } from '../auth/instanceUrl';
import type { AppRegistry } from '../auth/appRegistry';
import type { OAuthFlow, SignInResult } from '../auth/oauthFlow';
import { type Policy, assertInstanceAllowed, isInstanceAllowed } from '../policy/policy';
import type { KeychainState } from '../vault/secretStore';
import type { TokenVault } from '../vault/tokenVault';
import { pickAccountColor } from './accountColors';
import type { AccountStore, StoredAccount } from './accountStore';
import { firstUsable, toSummary } from './accountSummary';

/** Dependencies of {@link AccountService}. */
export interface AccountServiceDeps {
  readonly store: AccountStore;
  readonly vault: TokenVault;
  readonly oauth: Pick<OAuthFlow, 'signIn' | 'revoke'>;
  /** Forgets registrations no token needs any more. */
  readonly registry: Pick<AppRegistry, 'prune'>;
  readonly policy: Policy;
  readonly fetch: Fetch;
  /** Whether the keychain can keep tokens now; taken as `ready` when not given. */
  readonly keychainState?: () => Promise<KeychainState>;
}

/** The accounts list the bridge hands to the renderer. */
export interface AccountList {
  readonly accounts: AccountSummary[];
  readonly activeId: string | null;
}

/**
 * Signed-in accounts: sign-in, switch, sign-out, and the token for the API layer.
 * Tokens live in the vault only; the store holds what may be shown. Policy is enforced here.
 */
export class AccountService {
  readonly #deps: AccountServiceDeps;
  readonly #listeners = new Set<() => void>();
  #pendingSignIn: AbortController | null = null;
  #policy: Policy;

  constructor(deps: AccountServiceDeps) {
    this.#deps = deps;
    this.#policy = deps.policy;
  }

  /**
   * The accounts in the order they were added, and the active one. Accounts on an instance the policy no
   * longer allows are listed as `blockedByPolicy`; one of them is active only when no other account is usable.
   */
  async list(): Promise<AccountList> {
    const data = await this.#deps.store.read();
    const accounts = data.accounts.map((account) => toSummary(account, this.#blocked(account)));
    const active = accounts.find((account) => account.id === data.activeId);
    const activeId = active?.blockedByPolicy ? (accounts.find((account) => !account.blockedByPolicy)?.id ?? active.id) : data.activeId;
    return { accounts, activeId };
  }

  /**
   * Applies a new policy to every stored account (IT changed the policy file while Atrium runs): accounts on
   * an instance it no longer allows are paused, ones it allows again resume. Listeners hear of the change.
   */
  applyPolicy(policy: Policy): void {
    this.#policy = policy;
    this.#emit();
  }

  /** Makes another account the active one; an account the policy pauses cannot be. */
  async switchTo(accountId: string): Promise<void> {
    this.#assertAllowed(await this.#usable(accountId));
    await this.#deps.store.update((data) => ({ ...data, activeId: accountId }));
    this.#emit();
  }

  /** Checks that a URL is an allowed Mastodon-compatible server, for the first screen. */
  async probeInstance(url: string): Promise<{ url: string; domain: string; title: string; thumbnail: string | null }> {
    const info = await this.inspectInstance(url);
    return { url: info.url, domain: info.domain, title: info.title, thumbnail: info.thumbnail };
  }

  /** Everything the probe learnt, capabilities included (for the API layer's "not offered by this server"). */
  async inspectInstance(url: string): Promise<InstanceInfo> {
    assertInstanceAllowed(this.#policy, normalizeInstanceUrl(url));
    const info = await probeInstance(url, this.#deps.fetch);
    // A redirect may have moved us to another origin: that one must be allowed too.
    assertInstanceAllowed(this.#policy, info.url);
    return info;
  }

  /**
   * Signs in through the system browser and makes the account active. On an instance that already
   * has a signed-in account, `forceLogin` is implied so the identity provider asks who you are.
   * Signing in again to an account already here revokes its old token, then replaces it and clears
   * `needsSignIn` and `signOutPending`. A new sign-in cancels one still waiting for the browser.
   */
  async signIn(instanceUrl: string, options: { forceLogin?: boolean } = {}): Promise<AccountSummary> {
    const { url: origin } = await this.inspectInstance(instanceUrl);
    const existing = (await this.#deps.store.read()).accounts;
    const forceLogin = options.forceLogin === true || existing.some((a) => a.instanceUrl === origin);

    this.#pendingSignIn?.abort();
    const pending = new AbortController();
    this.#pendingSignIn = pending;
    let result: SignInResult;
    try {
      result = await this.#deps.oauth.signIn(origin, { forceLogin, signal: pending.signal });
    } finally {
      if (this.#pendingSignIn === pending) this.#pendingSignIn = null;
    }

    const id = `${result.account.id}@${new URL(origin).host}`;
    await this.#retireOldToken(id, result.accessToken);
    await this.#deps.vault.saveAccessToken(id, result.accessToken);
    const data = await this.#deps.store.update((current) => {
      const previous = current.accounts.find((a) => a.id === id);
      const account: StoredAccount = {
        id,
        instanceUrl: origin,
        acct: result.account.username,
        displayName: result.account.display_name || result.account.username,
        avatar: result.account.avatar,
        color: previous?.color ?? pickAccountColor(current.accounts.map((a) => a.color)),
        needsSignIn: false,
        serverAccountId: result.account.id,
        addedAt: previous?.addedAt ?? new Date().toISOString(),
        registrationId: result.registrationId,
      };
      const accounts = previous ? current.accounts.map((a) => (a.id === id ? account : a)) : [...current.accounts, account];
      return { ...current, accounts, activeId: id };
    });
    this.#emit();
    await this.#pruneRegistrations();
    const saved = data.accounts.find((a) => a.id === id);
    if (!saved) throw new Error('The account vanished while it was being saved.');
    return toSummary(saved, this.#blocked(saved));
  }

  /** Whether the keychain can keep tokens, for the first screen to say what is missing before anyone signs in. */
  keychainState(): Promise<KeychainState> {
    return this.#deps.keychainState?.() ?? Promise.resolve('ready');
  }

  /** Cancels a sign-in still waiting for the browser, if any. */
  cancelSignIn(): void {
    this.#pendingSignIn?.abort();
  }

  /**
   * Revokes the token on the server (as the registration that issued it), then deletes it from the
   * keychain and removes the account. When the server cannot be told, the account stays listed as
   * `signOutPending`, unusable here, its token kept only so that calling this again can revoke it.
   */
  async signOut(accountId: string): Promise<{ revoked: boolean }> {
    const account = await this.#find(accountId);
    const token = await this.#deps.vault.accessToken(accountId);
    // Without a token there is nothing this computer could still use, or revoke.
    if (token === null) {
      await this.#remove(accountId);
      return { revoked: false };
    }
    if (await this.#deps.oauth.revoke(account.instanceUrl, token, account.registrationId)) {
      await this.#remove(accountId);
      return { revoked: true };
    }
    await this.#deps.store.update((data) => {
      const accounts = data.accounts.map((a) => (a.id === accountId ? { ...a, signOutPending: true } : a));
      return { ...data, accounts, activeId: data.activeId === accountId ? firstUsable(accounts) : data.activeId };
    });
    this.#emit();
    return { revoked: false };
  }

  /** Asks once more to end every sign-out the server has not confirmed (at start); those that fail stay pending. */
  async retryPendingSignOuts(): Promise<void> {
    const { accounts } = await this.#deps.store.read();
    for (const account of accounts) if (account.signOutPending) await this.signOut(account.id);
  }

  /** Removes an account whose sign-out could not reach the server, without revoking: the person's choice. */
  async forget(accountId: string): Promise<void> {
    const account = await this.#find(accountId);
    if (!account.signOutPending) {
      throw new AtriumFailure('not_signed_out', 'Sign out of this account first; Atrium only forgets accounts you signed out of.');
    }
    await this.#remove(accountId);
  }

  /**
   * The account's access token, for the API client pool and the streams. Never leaves main, and is not
   * handed out at all for an account the policy pauses: no request or stream carries it to that instance.
   */
  async accessToken(accountId: string): Promise<string> {
    const account = await this.#usable(accountId);
    this.#assertAllowed(account);
    const token = account.needsSignIn ? null : await this.#deps.vault.accessToken(accountId);
    if (!token) {
      throw new AtriumFailure('needs_sign_in', `Sign in again as ${account.acct} on ${new URL(account.instanceUrl).host} to continue.`);
    }
    return token;
  }

  /** The account's instance origin, for the API client pool. */
  async instanceUrl(accountId: string): Promise<string> {
    return (await this.#find(accountId)).instanceUrl;
  }

  /** Marks an account whose token the server refused (HTTP 401); its views and drafts stay, one sign-in restores it. */
  async markNeedsSignIn(accountId: string): Promise<void> {
    const account = await this.#find(accountId);
    if (account.needsSignIn) return;
    await this.#deps.store.update((data) => ({
      ...data,
      accounts: data.accounts.map((a) => (a.id === accountId ? { ...a, needsSignIn: true } : a)),
    }));
    this.#emit();
  }

  /** Calls `listener` after every change to the accounts or the active one; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #find(accountId: string): Promise<StoredAccount> {
    const account = (await this.#deps.store.read()).accounts.find((a) => a.id === accountId);
    if (!account) throw new AtriumFailure('unknown_account', 'That account is not signed in on this computer.');
    return account;
  }

  #blocked(account: StoredAccount): boolean {
    return !isInstanceAllowed(this.#policy, account.instanceUrl);
  }

  #assertAllowed(account: StoredAccount): void {
    if (!this.#blocked(account)) return;
    throw new AtriumFailure(
      'forbidden_by_policy',
      `Your organization no longer allows ${new URL(account.instanceUrl).host} on this computer, so ${account.acct}'s account there is paused.`,
      { params: { host: new URL(account.instanceUrl).host } },
    );
  }

  /** An account that is signed in here, not one on its way out. */
  async #usable(accountId: string): Promise<StoredAccount> {
    const account = await this.#find(accountId);
    if (account.signOutPending) {
      throw new AtriumFailure('signed_out', `You signed out of ${account.acct} on ${new URL(account.instanceUrl).host} on this computer.`);
    }
    return account;
  }

  /** Revokes the token an account had before a new sign-in replaces it, so no old token stays alive. */
  async #retireOldToken(accountId: string, newToken: string): Promise<void> {
    const previous = (await this.#deps.store.read()).accounts.find((a) => a.id === accountId);
    const old = previous ? await this.#deps.vault.accessToken(accountId) : null;
    if (previous && old !== null && old !== newToken) await this.#deps.oauth.revoke(previous.instanceUrl, old, previous.registrationId);
  }

  async #remove(accountId: string): Promise<void> {
    await this.#deps.vault.deleteAccessToken(accountId);
    await this.#deps.store.update((data) => {
      const accounts = data.accounts.filter((a) => a.id !== accountId);
      return { ...data, accounts, activeId: data.activeId === accountId ? firstUsable(accounts) : data.activeId };
    });
    this.#emit();
    await this.#pruneRegistrations();
  }

  /** Drops the registrations (and their secrets) that no remaining token was issued by. */
  async #pruneRegistrations(): Promise<void> {
    const { accounts } = await this.#deps.store.read();
    await this.#deps.registry.prune(new Set(accounts.flatMap((a) => (a.registrationId ? [a.registrationId] : []))));
  }

  #emit(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch {
        // One broken listener must not stop the others or undo the change.
      }
    }
  }
}
