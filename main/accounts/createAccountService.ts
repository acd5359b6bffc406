import { AppRegistry } from '../auth/appRegistry';
import type { Fetch } from '../auth/http';
import { OAuthFlow } from '../auth/oauthFlow';
import type { Policy } from '../policy/policy';
import { DemoSecretStore } from '../vault/demoSecretStore';
import type { SecretStore } from '../vault/secretStore';
import { TokenVault } from '../vault/tokenVault';
import { AccountService } from './accountService';
import { AccountStore } from './accountStore';

/** What the composition root provides to build the account service. */
export interface AccountServiceSetup {
  /** The app's data folder (Electron's `app.getPath('userData')`); `accounts.json` goes there. */
  readonly dataDir: string;
  /** The OS keychain (`new KeytarSecretStore()`). */
  readonly secretStore: SecretStore;
  /** Opens a URL in the system browser (`shell.openExternal`). */
  readonly openBrowser: (url: string) => Promise<void>;
  /** The effective policy from `loadPolicy`. */
  readonly policy: Policy;
  /** Defaults to `globalThis.fetch`. */
  readonly fetch?: Fetch;
  /** Keychain service name; tests pass their own. */
  readonly vaultService?: string;
  /** How long a sign-in waits for the browser. */
  readonly signInTimeoutMs?: number;
  /** The demo organization's address, whose secrets may live in memory when there is no keychain. */
  readonly demoInstanceUrl?: string | null;
}

/** Wires the store, vault, app registry and OAuth flow into an {@link AccountService}. */
export function createAccountService(setup: AccountServiceSetup): AccountService {
  const fetch = setup.fetch ?? globalThis.fetch;
  const store = new AccountStore(setup.dataDir);
  const secrets = setup.demoInstanceUrl ? new DemoSecretStore(setup.secretStore, setup.demoInstanceUrl) : setup.secretStore;
  const vault = new TokenVault(secrets, setup.vaultService);
  const registry = new AppRegistry({ store, vault, fetch });
  const oauth = new OAuthFlow({
    fetch,
    openBrowser: setup.openBrowser,
    registry,
    ...(setup.signInTimeoutMs === undefined ? {} : { timeoutMs: setup.signInTimeoutMs }),
  });
  return new AccountService({ store, vault, oauth, registry, policy: setup.policy, fetch, keychainState: () => secrets.state?.() ?? Promise.resolve('ready') });
}
