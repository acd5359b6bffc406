import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { announce } from './announcer';
import { feedItemSelector } from '../../components/feedItems';

/**
 * Says through the live region when new posts start waiting behind a feed's "N new posts"
 * button (once per growth, not on every render), and offers `focusFirstPost` for when the
 * button is pressed and goes away: focus moves to the newest post instead of the body.
 */
export function useFeedAnnouncements(pending: number, feed: string, container: RefObject<HTMLElement | null>) {
  const { t } = useTranslation();
  const said = useRef(0);
  useEffect(() => {
    if (pending > said.current) announce(t('a11y.announce.newPosts', { count: pending, feed }));
    said.current = pending;
  }, [pending, feed, t]);

  const focusFirstPost = useCallback(() => {
    // After React has drawn the posts that were waiting.
    requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(feedItemSelector)?.focus());
  }, [container]);

  return { focusFirstPost };
}
