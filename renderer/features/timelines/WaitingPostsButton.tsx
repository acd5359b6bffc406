import type { RefObject } from 'react';
import { useAtrium } from '../../store/store';
import { useFeedAnnouncements } from '../a11y/useFeedAnnouncements';
import { NewPostsButton } from './TimelineRows';
import type { TimelineKey } from './timelineSource';
import { waitingCount } from './waitingCap';

/** Props of WaitingPostsButton. */
export interface WaitingPostsButtonProps {
  timelineKey: TimelineKey;
  /** The feed's name, for the announcement that posts are waiting. */
  title: string;
  /** The feed's scroller, where focus goes to the newest post once they are shown. */
  scroller: RefObject<HTMLElement | null>;
  /** Shows the waiting posts (the timeline scrolls to its top). */
  onShow(): void;
}

/**
 * A timeline's "N new posts" button, subscribed to the count alone: a post streaming in re-renders
 * this button, not the list. It says when posts start waiting, and moves focus to the newest post
 * once they are shown (the button goes away with the click).
 */
export function WaitingPostsButton({ timelineKey, title, scroller, onShow }: WaitingPostsButtonProps) {
  const count = useAtrium((state) => waitingCount(state.timelines[timelineKey]));
  const { focusFirstPost } = useFeedAnnouncements(count, title, scroller);
  return (
    <NewPostsButton
      count={count}
      onShow={() => {
        onShow();
        focusFirstPost();
      }}
    />
  );
}
