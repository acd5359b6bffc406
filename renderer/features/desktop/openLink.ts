import type { BridgeEventPayload } from '../../../shared/bridge';
import { remoteClient } from '../../bridge/remoteClient';
import { i18n, loadLazyStrings } from '../../i18n/i18n';
import { announce } from '../a11y/announcer';
import type { SidePanel } from '../shell/layoutSlice';

/** A link main handed over: a post's address or a handle to look up. */
export type OpenLink = BridgeEventPayload<'openLink'>;

/** The side panel that shows what the search found, or `null` when the server knows nothing by that address. */
export function panelFor(link: OpenLink, found: { accounts?: readonly { id: string }[]; statuses?: readonly { id: string }[] }): SidePanel {
  if (link.kind === 'status') {
    const status = found.statuses?.[0];
    return status ? { kind: 'thread', statusId: status.id } : null;
  }
  const account = found.accounts?.[0];
  return account ? { kind: 'account', accountId: account.id } : null;
}

/**
 * Looks the link up on the active account's server (its search resolves a post's address and a
 * `user@host` handle, fetching them from another server if need be) and opens it in the side panel.
 * What cannot be found or fetched is said in the live region, in plain words.
 */
export async function openLink(accountId: string, link: OpenLink, openPanel: (panel: SidePanel) => void): Promise<void> {
  await loadLazyStrings('desktop');
  try {
    const found = await remoteClient(accountId).v2.search.list({ q: link.query, resolve: true, type: link.kind === 'status' ? 'statuses' : 'accounts', limit: 1 });
    const panel = panelFor(link, found.items);
    if (panel) openPanel(panel);
    else announce(i18n.t(link.kind === 'status' ? 'desktop.linkPostMissing' : 'desktop.linkProfileMissing'));
  } catch {
    announce(i18n.t('desktop.linkFailed'));
  }
}
