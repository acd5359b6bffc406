import type { AccountCredentials } from '../../main/api/clientPool';
import { ACCOUNT_PALETTE } from '../../main/accounts/accountColors';
import type { AccountsPort } from '../../main/bridge/handlers';
import type { AccountSummary } from '../../shared/domain';
import type { Sandbox } from '../sandbox/index';

/** Accounts already signed in with tokens the sandbox issued: what the benchmarks measure starts after sign-in. */
export type TokenAccounts = AccountsPort & AccountCredentials & { ids: string[] };

/**
 * Signs the given sandbox users in without the browser: one token each, the first active. The
 * benchmarks measure timelines, the desk and main's streams, not the OAuth dance (the e2e tests
 * drive that through the real account service).
 */
export async function tokenAccounts(sandbox: Sandbox, usernames: readonly string[]): Promise<TokenAccounts> {
  return accountsOf(await signInWithTokens(sandbox, usernames));
}

/** An account as the benchmarks sign it in: what Atrium keeps about it, and its token. */
export interface SignedIn {
  summary: AccountSummary;
  token: string;
}

/** Issues a token for each user and reads who it belongs to, as a sign-in would. */
export async function signInWithTokens(sandbox: Sandbox, usernames: readonly string[]): Promise<SignedIn[]> {
  const host = new URL(sandbox.url).host;
  return Promise.all(
    usernames.map(async (username, i) => {
      const token = sandbox.issueToken(username);
      const answer = await fetch(new URL('/api/v1/accounts/verify_credentials', sandbox.url), { headers: { authorization: `Bearer ${token}` } });
      if (!answer.ok) throw new Error(`The sandbox did not know ${username} (${answer.status}).`);
      const me = (await answer.json()) as { id: string; acct: string; display_name: string; avatar: string };
      const summary: AccountSummary = {
        id: `${me.id}@${host}`,
        instanceUrl: sandbox.url,
        acct: me.acct,
        displayName: me.display_name,
        avatar: me.avatar,
        color: ACCOUNT_PALETTE[i % ACCOUNT_PALETTE.length] as string,
        needsSignIn: false,
      };
      return { summary, token };
    }),
  );
}

/** The accounts port over accounts signed in already (also in another process, from their JSON). */
export function accountsOf(entries: readonly SignedIn[]): TokenAccounts {
  let activeId = entries[0]?.summary.id ?? null;
  const byId = new Map(entries.map((entry) => [entry.summary.id, entry]));
  const known = (accountId: string) => {
    const entry = byId.get(accountId);
    if (!entry) throw new Error(`No benchmark account ${accountId}.`);
    return entry;
  };
  const unsupported = () => Promise.reject(new Error('Benchmark accounts are signed in already.'));
  return {
    ids: entries.map((entry) => entry.summary.id),
    list: async () => ({ accounts: entries.map((entry) => entry.summary), activeId }),
    switchTo: async (accountId) => {
      activeId = known(accountId).summary.id;
    },
    probeInstance: unsupported,
    signIn: unsupported,
    // The benchmark's tokens live in this process, not in a keychain.
    keychainState: async () => 'ready',
    cancelSignIn: () => undefined,
    onChange: () => () => undefined,
    signOut: unsupported,
    forget: unsupported,
    instanceUrl: async (accountId) => known(accountId).summary.instanceUrl,
    accessToken: async (accountId) => known(accountId).token,
    markNeedsSignIn: async () => undefined,
  };
}

/** The handles of `count` people of the sandbox's organization, the demo user first. */
export async function staffHandles(sandbox: Sandbox, count: number): Promise<string[]> {
  const token = sandbox.issueToken(sandbox.demoUser.username);
  const answer = await fetch(new URL(`/api/v1/directory?local=true&limit=80`, sandbox.url), { headers: { authorization: `Bearer ${token}` } });
  const listed = ((await answer.json()) as { acct: string }[]).map((account) => account.acct).filter((acct) => acct !== sandbox.demoUser.username);
  if (listed.length < count - 1) throw new Error(`The sandbox lists only ${listed.length + 1} people.`);
  return [sandbox.demoUser.username, ...listed.slice(0, count - 1)];
}
