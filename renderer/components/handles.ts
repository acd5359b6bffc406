import type { AccountSummary } from '../../shared/domain';

/** A signed-in account's handle in its two parts: `@ana` and `@social.example`. */
export interface HandleParts {
  /** The name on its server, with its `@`. */
  local: string;
  /** The server (host, with a port only when it has one that is not the default), with its `@`. */
  server: string;
}

/** Splits a signed-in account's handle, so a narrow column can shorten the server before the name. */
export function handleParts(account: Pick<AccountSummary, 'acct' | 'instanceUrl'>): HandleParts {
  // Mastodon leaves the domain out of the account's own acct; an odd one carrying it keeps only the name.
  const name = account.acct.split('@').find(Boolean) ?? account.acct;
  return { local: `@${name}`, server: `@${new URL(account.instanceUrl).host}` };
}

/** `@user@host` for a signed-in account, so it is unambiguous which server it lives on. */
export function fullHandle(account: Pick<AccountSummary, 'acct' | 'instanceUrl'>): string {
  const { local, server } = handleParts(account);
  return `${local}${server}`;
}
