import { createHash } from 'node:crypto';

/**
 * The name of an account's cache file, e.g. `home-3f2a….json`: a hash of the account id,
 * so no handle or server name appears on disk.
 */
export function accountFileName(kind: string, accountId: string): string {
  return `${kind}-${createHash('sha256').update(accountId).digest('hex').slice(0, 32)}.json`;
}
