import type { AccountSummary } from '../../shared/domain';

/** `@user@host` for a signed-in account, so it is unambiguous which server it lives on. */
export function fullHandle(account: Pick<AccountSummary, 'acct' | 'instanceUrl'>): string {
  return `@${account.acct}@${new URL(account.instanceUrl).host}`;
}
