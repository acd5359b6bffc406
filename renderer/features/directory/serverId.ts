import type { AccountSummary } from '../../../shared/domain';

/** The account's own id on its server (Atrium's account id is `<server id>@<host>`). */
export const serverIdOf = (account: AccountSummary): string => account.id.slice(0, account.id.lastIndexOf('@'));
