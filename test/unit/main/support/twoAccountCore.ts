import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AccountSummary } from '../../../../shared/domain';
import type { Result } from '../../../../shared/result';
import { createAccountService } from '../../../../main/accounts/createAccountService';
import type { AccountService } from '../../../../main/accounts/accountService';
import { createAtriumCore, type AtriumCore } from '../../../../main/atrium';
import { DEFAULT_POLICY, toPublicPolicy } from '../../../../main/policy/policy';
import { startSandbox, type Sandbox } from '../../../sandbox/index';
import { otherStaff } from '../../../sandbox/testing/otherStaff';
import { completeSignInForm } from '../auth/support/formBrowser';
import { MemorySecretStore } from '../vault/memorySecretStore';

/** The page's origin in these tests. */
export const pageOrigin = 'http://127.0.0.1:5998';

/** Main as the app builds it, with two accounts signed in through the sandbox's SSO form. */
export interface TwoAccountCore {
  sandbox: Sandbox;
  /** Stands in for the app's data folder (userData): accounts.json, cache/, drafts/, posting-slots.json. */
  dataDir: string;
  /** The keychain: every token and client secret main was given. */
  secrets: MemorySecretStore;
  accounts: AccountService;
  core: AtriumCore;
  /** Signed in first: the demo user. */
  first: AccountSummary;
  /** Signed in second: a colleague. */
  second: AccountSummary;
  /** What main logged as unexpected (a handler that threw something other than an AtriumFailure). */
  logged: { call: string; error: unknown }[];
  /** A call from the page, as the bridge receives it. */
  invoke<T = unknown>(call: string, input: unknown): Promise<Result<T>>;
  close(): Promise<void>;
}

/**
 * Starts a sandbox, signs in the demo user and a colleague with the real account service (keychain
 * in memory), and builds main's core on them with the page acting as the first account.
 */
export async function startTwoAccountCore(): Promise<TwoAccountCore> {
  const sandbox = await startSandbox({ staff: 10, posts: 20, rateLimit: false });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atrium-two-accounts-'));
  const secrets = new MemorySecretStore();
  let who = sandbox.demoUser;
  const cookies = new Map<string, string>();
  const accounts = createAccountService({
    dataDir,
    secretStore: secrets,
    policy: DEFAULT_POLICY,
    signInTimeoutMs: 10_000,
    openBrowser: async (url) => void completeSignInForm(url, who, cookies),
  });
  const first = await accounts.signIn(sandbox.url);
  const [colleague] = await otherStaff(sandbox, 1);
  who = { username: colleague as string, password: sandbox.demoUser.password };
  const second = await accounts.signIn(sandbox.url);
  await accounts.switchTo(first.id);
  const logged: TwoAccountCore['logged'] = [];
  const core = createAtriumCore({
    appInfo: { version: 'test', platform: 'linux', demoInstanceUrl: null },
    policy: toPublicPolicy(DEFAULT_POLICY),
    accounts,
    cacheDir: path.join(dataDir, 'cache'),
    trustedOrigin: pageOrigin,
    openExternal: async () => undefined,
    desktop: { show: () => undefined, setBadgeCount: () => undefined },
    locale: 'en',
    emit: () => undefined,
    log: (call, error) => logged.push({ call, error }),
  });
  return {
    sandbox,
    dataDir,
    secrets,
    accounts,
    core,
    first,
    second,
    logged,
    invoke: (call, input) => core.bridge.invoke(call, `${pageOrigin}/index.html`, input) as never,
    close: async () => {
      core.dispose();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
