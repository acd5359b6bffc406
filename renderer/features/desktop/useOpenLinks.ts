import { useEffect } from 'react';
import { onBridgeEvent } from '../../bridge/bridge';
import { useAtrium } from '../../store/store';

/**
 * Shows, in the side panel, the post or profile of a link the system handed to Atrium
 * (`web+mastodon:` or the organization's server; main parsed and vetted it). The code that looks
 * the link up loads the first time a link arrives, not with the first screen.
 */
export function useOpenLinks(accountId: string | undefined): void {
  useEffect(() => {
    if (!accountId) return undefined;
    return onBridgeEvent('openLink', (link) => {
      void import('./openLink').then(({ openLink }) => openLink(accountId, link, useAtrium.getState().openPanel));
    });
  }, [accountId]);
}
