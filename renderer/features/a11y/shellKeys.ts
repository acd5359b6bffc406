import { focusTarget } from '../../components/focusReturn';
import { feedItemSelector } from '../../components/feedItems';
import { isTypingTarget, modalOpen } from '../../components/typingTarget';
import { nextRegion } from './regions';
import { watchPosts } from './watchPosts';

/** What the shell's shortcuts hand back to the view that mounted them. */
export interface ShellKeyHandlers {
  /** `?`: open the help sheet. */
  onHelp(): void;
  /** `i` or `F2` on a post with no links, media or poll in it. */
  onNothingInside(): void;
}

/**
 * The shortcuts that work from anywhere in the shell, not only inside a feed: `?` opens the help
 * sheet, F6 / Shift+F6 move between regions (navigation, each column, the side panel), and j/k
 * from outside a feed (the view's heading after a view change) step into the main column's posts;
 * and posts' interiors kept out of the Tab order (watchPosts). Asked for as the app starts
 * (KeyboardLayer), so it is there as soon as a key can be pressed; the first paint does not wait for it.
 * Returns what stops them.
 */
export function watchShellKeys(win: Window, handlers: ShellKeyHandlers): () => void {
  const doc = win.document;
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'F6') {
      event.preventDefault();
      focusTarget(nextRegion(doc.activeElement, event.shiftKey ? -1 : 1, doc));
      return;
    }
    if (isTypingTarget(event.target) || modalOpen()) return;
    if (event.key === '?') {
      event.preventDefault();
      handlers.onHelp();
    } else if ((event.key === 'j' || event.key === 'k') && !(event.target instanceof Element && event.target.closest('[role="feed"]'))) {
      // The posts of the column the person is in (a panel's heading leads into the panel's posts), else the main column's.
      const column = (event.target instanceof Element && event.target.closest('main > section')) || doc.querySelector('main');
      const first = column?.querySelector('[role="feed"]')?.querySelector<HTMLElement>(feedItemSelector);
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  win.addEventListener('keydown', onKey);
  const stopPosts = watchPosts(doc, handlers.onNothingInside);
  return () => {
    win.removeEventListener('keydown', onKey);
    stopPosts();
  };
}
