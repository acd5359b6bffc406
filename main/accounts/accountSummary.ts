import type { AccountSummary } from '../../shared/domain';
import type { StoredAccount } from './accountStore';

/** What the renderer may know of a stored account: never its token, flags only when set. */
export function toSummary(account: StoredAccount, blockedByPolicy: boolean): AccountSummary {
  return {
    // Present only when true, so summaries of usable accounts look as they always did.
    ...(blockedByPolicy ? { blockedByPolicy } : {}),
    id: account.id,
    instanceUrl: account.instanceUrl,
    acct: account.acct,
    displayName: account.displayName,
    avatar: account.avatar,
    color: account.color,
    needsSignIn: account.needsSignIn,
    ...(account.signOutPending ? { signOutPending: true } : {}),
  };
}

/** The account to make active when the current one goes: the first not waiting on a sign-out. */
export function firstUsable(accounts: readonly StoredAccount[]): string | null {
  return accounts.find((a) => !a.signOutPending)?.id ?? null;
}
