import { useEffect } from 'react';
import { call } from '../../bridge/bridge';
import { selectUnreadNotificationCount } from '../notifications/notificationSlice';
import { useAtrium } from '../../store/store';

/**
 * The active account's unread notification count for the rail. Loads notifications and the read
 * marker at start so the badge is right before the view is opened, and clears the desktop badge
 * once everything is read.
 */
export function useUnreadNotifications(accountId: string | undefined): number {
  const unread = useAtrium((state) => (accountId ? selectUnreadNotificationCount(accountId)(state) : 0));

  useEffect(() => {
    if (!accountId) return;
    const { notificationLists, loadNotifications, loadNotificationMarker } = useAtrium.getState();
    if (!Object.keys(notificationLists).some((key) => key.startsWith(accountId))) void loadNotifications(accountId, 'all');
    void loadNotificationMarker(accountId);
  }, [accountId]);

  useEffect(() => {
    if (accountId && unread === 0) void call('markNotificationsSeen', {}).catch(() => undefined);
  }, [accountId, unread]);

  return unread;
}
