import type { mastodon } from 'masto';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { visibleAnnouncements, withReaction } from './organizationLogic';

/** The instance's announcements for one account, with reacting and dismissing. */
export interface AnnouncementsState {
  items: mastodon.v1.Announcement[];
  /** A sentence for the live region after something changed ("Announcement dismissed."). */
  said: string;
  /** Why the last reaction or dismissal was refused. */
  error: string | null;
  react(id: string, name: string, on: boolean): void;
  dismiss(id: string): void;
}

/**
 * Loads the announcements once per account. Reactions and dismissals show at once and are put
 * back, with the reason, if the server refuses. A server without announcements shows nothing.
 */
export function useAnnouncements(accountId: string): AnnouncementsState {
  const { t } = useTranslation();
  const [items, setItems] = useState<mastodon.v1.Announcement[]>([]);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    remoteClient(accountId)
      .v1.announcements.list()
      .then(
        (page) => !cancelled && setItems(visibleAnnouncements(page.items)),
        // Older servers and GoToSocial have no announcements: nothing to show is the right answer.
        () => !cancelled && setItems([]),
      );
    return () => {
      cancelled = true;
    };
  }, [accountId]);

  const replace = (id: string, change: (announcement: mastodon.v1.Announcement) => mastodon.v1.Announcement) =>
    setItems((current) => current.map((announcement) => (announcement.id === id ? change(announcement) : announcement)));

  const react = useCallback(
    (id: string, name: string, on: boolean) => {
      setError(null);
      replace(id, (announcement) => withReaction(announcement, name, on));
      const reaction = remoteClient(accountId).v1.announcements.$select(id).reactions.$select(name);
      (on ? reaction.update() : reaction.remove()).then(
        () => setSaid(on ? t('organization.reacted', { name }) : t('organization.unreacted', { name })),
        (failure: unknown) => {
          replace(id, (announcement) => withReaction(announcement, name, !on));
          setError(t('organization.reactFailed', { detail: errorText(failure) }));
        },
      );
    },
    [accountId, t],
  );

  const dismiss = useCallback(
    (id: string) => {
      setError(null);
      let removed: mastodon.v1.Announcement | undefined;
      setItems((current) => {
        removed = current.find((announcement) => announcement.id === id);
        return current.filter((announcement) => announcement.id !== id);
      });
      remoteClient(accountId)
        .v1.announcements.$select(id)
        .dismiss()
        .then(
          () => setSaid(t('organization.dismissed')),
          (failure: unknown) => {
            if (removed) setItems((current) => visibleAnnouncements([...current, removed]));
            setError(t('organization.dismissFailed', { detail: errorText(failure) }));
          },
        );
    },
    [accountId, t],
  );

  return { items, said, error, react, dismiss };
}
