import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { fullHandle } from '../../components/handles';
import { useAtrium } from '../../store/store';
import { selectUnreadNotificationCount } from '../notifications/notificationSlice';
import { announce } from './announcer';
import { focusTarget, mainHeading } from '../../components/focusReturn';


/** The window title: the view and, when there are any, the unread notifications ("(3) Home – Atrium"). */
export function windowTitle(t: (key: string, options: Record<string, unknown>) => string, view: string, unread: number): string {
  return unread > 0 ? t('a11y.titleUnread', { view, count: unread }) : t('a11y.title', { view });
}

/**
 * Keeps the person oriented when the view changes: after sign-in, an account switch or a new
 * view, focus goes to the view's heading (the main column's h1), an account switch is spoken,
 * and the window title names the view and the unread count.
 */
export function useViewFocus({ account, view, title }: { account: AccountSummary; view: string; title: string }): void {
  const { t } = useTranslation();
  const unread = useAtrium((state) => selectUnreadNotificationCount(account.id)(state));
  const previousAccount = useRef<string | null>(null);

  useEffect(() => {
    document.title = windowTitle(t, title, unread);
  }, [t, title, unread]);

  useEffect(() => {
    // A dialog open over the shell (the composer, a menu) keeps focus; it returns focus itself.
    if (!document.querySelector('[role="dialog"][aria-modal="true"]')) focusTarget(mainHeading());
  }, [view, account.id]);

  useEffect(() => {
    if (previousAccount.current !== null && previousAccount.current !== account.id) announce(t('a11y.announce.switched', { handle: fullHandle(account) }));
    previousAccount.current = account.id;
  }, [account, t]);
}
