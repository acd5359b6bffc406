import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { announce } from './announcer';
import { feedItemSelector } from '../../components/feedItems';

/**
 * New posts are said at most this often per feed: a busy hashtag brings posts many times a second,
 * and a screen reader saying each count would talk over everything else.
 */
export const NEW_POSTS_QUIET_MS = 10_000;

/**
 * Says through the live region when new posts start waiting behind a feed's "N new posts"
 * button: at once when the feed has been quiet, otherwise once with the latest count when the quiet
 * time is over (never on every render). Offers `focusFirstPost` for when the button is pressed and
 * goes away: focus moves to the newest post instead of the body.
 */
export function useFeedAnnouncements(pending: number, feed: string, container: RefObject<HTMLElement | null>) {
  const { t } = useTranslation();
  // The count last said (or the lower count when posts were shown), when it was said, and a later saying planned.
  const said = useRef(0);
  const saidAt = useRef(-Infinity);
  const planned = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ pending, feed, t });

  useEffect(() => {
    latest.current = { pending, feed, t };
    if (pending <= said.current) {
      said.current = pending;
      return;
    }
    const say = () => {
      planned.current = undefined;
      const now = latest.current;
      if (now.pending > said.current) {
        announce(now.t('a11y.announce.newPosts', { count: now.pending, feed: now.feed }));
        saidAt.current = Date.now();
      }
      said.current = now.pending;
    };
    const wait = saidAt.current + NEW_POSTS_QUIET_MS - Date.now();
    if (wait <= 0) say();
    else planned.current ??= setTimeout(say, wait);
  }, [pending, feed, t]);

  useEffect(() => () => clearTimeout(planned.current), []);

  const focusFirstPost = useCallback(() => {
    // After React has drawn the posts that were waiting.
    requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(feedItemSelector)?.focus());
  }, [container]);

  return { focusFirstPost };
}
