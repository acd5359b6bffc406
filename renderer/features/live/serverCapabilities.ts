import type { ServerCapabilities } from '../../../shared/capabilities';
import { call } from '../../bridge/bridge';

const known = new Map<string, Promise<ServerCapabilities>>();

/** What the account's server can do, as main learnt it; asked once per account (again after a failed try). */
export function serverCapabilities(accountId: string): Promise<ServerCapabilities> {
  let capabilities = known.get(accountId);
  if (!capabilities) {
    capabilities = call('getCapabilities', { accountId });
    capabilities.catch(() => known.delete(accountId));
    known.set(accountId, capabilities);
  }
  return capabilities;
}

/** Forgets what was asked (tests; a server learnt something new, such as a 404 on a feature). */
export function forgetServerCapabilities(accountId?: string): void {
  if (accountId) known.delete(accountId);
  else known.clear();
}
