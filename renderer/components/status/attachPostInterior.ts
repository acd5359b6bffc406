import { isInterior, postTabStops, setInteriorReachable, wrapWithin } from './postInterior';

/**
 * Keeps a post's interior out of the Tab order until focus goes into it (by `i`/`F2` from the feed,
 * or a click on a link), then lets Tab and Shift+Tab cycle through the whole post and Escape bring
 * focus back to the post. If the control that had focus goes away (a content warning closed, media
 * hidden), focus goes to the post rather than the page. Listeners are the element's own, not React's,
 * so they run before those of the panel around the post (whose Escape would close it).
 * Pass it as the post's `ref`; it returns what undoes it (React calls that when the post goes).
 */
export function attachPostInterior(post: HTMLElement | null): (() => void) | undefined {
  if (!post) return undefined;
  const doc = post.ownerDocument;
  let entered = false;
  // Focus is on the post or inside it (a removed control takes focus with it without a focusout in Chromium).
  let holdsFocus = false;
  const settle = () => {
    setInteriorReachable(post, entered);
    post.toggleAttribute('data-inside', entered);
  };
  const enter = (on: boolean) => {
    if (entered === on) return;
    entered = on;
    settle();
  };
  const pageHasFocus = () => doc.activeElement === null || doc.activeElement === doc.body;
  // The control that had focus went away (a warning closed over it, media hidden): focus goes to the post, not the page.
  const rescue = () => {
    if (!holdsFocus || !post.isConnected || !pageHasFocus()) return;
    enter(false);
    post.focus();
  };
  settle();
  // The text's links arrive as HTML, media and polls come and go: new controls start out of the Tab order too.
  const observer = new MutationObserver(() => {
    settle();
    rescue();
  });
  observer.observe(post, { childList: true, subtree: true });

  const onFocusIn = (event: FocusEvent) => {
    holdsFocus = true;
    const target = event.target as HTMLElement;
    if (target === post) enter(false);
    else if (isInterior(post, target)) enter(true);
  };
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && post.contains(next)) return;
    if (next) {
      holdsFocus = false;
      return enter(false);
    }
    // Focus went nowhere: the window lost it, the page's background was clicked, or the control was removed.
    const left = event.target as HTMLElement;
    requestAnimationFrame(() => {
      if (left.isConnected) holdsFocus = false;
      else rescue();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!entered || event.defaultPrevented || event.target === post || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      post.focus();
    } else if (event.key === 'Tab') {
      const to = wrapWithin(postTabStops(post), event.target as Element, event.shiftKey);
      if (!to) return;
      event.preventDefault();
      to.focus();
    }
  };
  post.addEventListener('focusin', onFocusIn);
  post.addEventListener('focusout', onFocusOut);
  post.addEventListener('keydown', onKeyDown);
  return () => {
    observer.disconnect();
    post.removeEventListener('focusin', onFocusIn);
    post.removeEventListener('focusout', onFocusOut);
    post.removeEventListener('keydown', onKeyDown);
  };
}
