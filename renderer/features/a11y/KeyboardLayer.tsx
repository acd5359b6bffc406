import i18next from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { announce } from './announcer';
import { isTypingTarget, modalOpen } from '../../components/typingTarget';
import { LazyKeyboardHelp } from './LazyKeyboardHelp';
import { LiveRegion } from './LiveRegion';
import { focusTarget, mainHeading, rememberFocus } from '../../components/focusReturn';
import { nextRegion } from './regions';
import { feedItemSelector } from '../../components/feedItems';

/**
 * The shortcuts that work from anywhere in the shell, not only inside a feed: `?` opens the help
 * sheet, F6 / Shift+F6 move between regions (navigation, each column, the side panel), and j/k
 * from outside a feed (the view's heading after a view change) step into the main column's posts.
 * (Backspace belongs to the side panel while it is open: usePanelHistory.)
 * Also mounts the window's one polite live region, and starts keeping posts' interiors out of the
 * Tab order (watchPosts). Mount once, in the shell.
 */
export function KeyboardLayer() {
  const [helpOpen, setHelpOpen] = useState(false);
  // The sheet loads lazily and unmounts on close, so focus is given back here, not left to the dialog.
  const restore = useRef<ReturnType<typeof rememberFocus> | null>(null);
  const onHelpChange = useCallback((open: boolean) => {
    if (open) return;
    setHelpOpen(false);
    const back = restore.current;
    restore.current = null;
    requestAnimationFrame(() => back?.(mainHeading));
  }, []);
  useEffect(() => {
    // Posts' links, media and polls out of the Tab order (docs/keyboard.md, "Inside a post"); not needed to draw the first screen.
    let stop: (() => void) | undefined;
    let gone = false;
    void import('./watchPosts').then(({ watchPosts }) => {
      if (!gone) stop = watchPosts(document, () => announce(i18next.t('a11y.announce.nothingInside')));
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'F6') {
        event.preventDefault();
        focusTarget(nextRegion(document.activeElement, event.shiftKey ? -1 : 1));
        return;
      }
      if (isTypingTarget(event.target) || modalOpen()) return;
      if (event.key === '?') {
        event.preventDefault();
        restore.current = rememberFocus();
        setHelpOpen(true);
      } else if ((event.key === 'j' || event.key === 'k') && !(event.target instanceof Element && event.target.closest('[role="feed"]'))) {
        // The posts of the column the person is in (a panel's heading leads into the panel's posts), else the main column's.
        const column = (event.target instanceof Element && event.target.closest('main > section')) || document.querySelector('main');
        const first = column?.querySelector('[role="feed"]')?.querySelector<HTMLElement>(feedItemSelector);
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <LiveRegion />
      <LazyKeyboardHelp open={helpOpen} onOpenChange={onHelpChange} />
    </>
  );
}
