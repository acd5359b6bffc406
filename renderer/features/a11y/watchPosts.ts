import { isTypingTarget } from '../../components/typingTarget';
import { enterPost, insideAttribute, isInside, isInterior, postTabStops, setInside, setInteriorReachable, wrapWithin } from './postInterior';

/** The posts whose interiors are kept out of the Tab order (notification rows about a person have none). */
const postSelector = 'article[data-status-id]';

const postOf = (node: EventTarget | null): HTMLElement | null => (node instanceof Element ? node.closest<HTMLElement>(postSelector) : null);

/**
 * Keeps every post's interior (postInterior.ts) out of the Tab order until focus goes into it (by
 * `i` or `F2` on the post, or a click on a link), lets Tab and Shift+Tab go round the whole post while
 * inside, and brings focus back to the post on Escape, or when the control it was on goes away (a
 * warning closed over it, a poll turned into its results). Nothing runs as posts are drawn or
 * scrolled: the interior of the post a Tab starts from is taken out of the order at that Tab (the
 * only post whose interior the browser could reach next), and only the post holding focus is watched
 * for its control going away. Listeners are the document's, in the capture phase, so they run before
 * a panel's own Escape. `onNothingInside` is told when a post gone into has no controls. Returns what stops it.
 */
export function watchPosts(doc: Document, onNothingInside: () => void): () => void {
  // The post that focus is on or in, and the observer that notices its focused control leaving.
  let focusedPost: HTMLElement | null = null;
  const pageHasFocus = () => doc.activeElement === null || doc.activeElement === doc.body;
  const rescue = () => {
    const post = focusedPost;
    if (!post || !post.isConnected || !pageHasFocus()) return;
    setInside(post, false);
    post.focus();
  };
  const observer = new MutationObserver(rescue);
  const follow = (post: HTMLElement | null) => {
    if (post === focusedPost) return;
    if (focusedPost && isInside(focusedPost)) setInside(focusedPost, false);
    observer.disconnect();
    focusedPost = post;
    if (post) observer.observe(post, { childList: true, subtree: true });
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    const post = postOf(target);
    follow(post);
    if (!post) return;
    if (target === post) setInside(post, false);
    else if (isInterior(post, target) && !isInside(post)) setInside(post, true);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget) return;
    // Focus went nowhere: the window lost it (it comes back to the same place), the page's background was
    // clicked, or the control was removed or disabled under it (a poll's Vote button while the vote is sent).
    const left = event.target as Element;
    requestAnimationFrame(() => {
      if (!left.isConnected || (left as HTMLButtonElement).disabled) rescue();
      else if (pageHasFocus()) follow(null);
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as Element;
    const post = postOf(target);
    if (!post) return;
    if (target === post && (event.key === 'i' || event.key === 'F2') && !isTypingTarget(target)) {
      event.preventDefault();
      if (!enterPost(post)) onNothingInside();
      return;
    }
    if (!isInside(post)) {
      // Before the browser picks the next stop: this post's interior is not one.
      if (event.key === 'Tab') setInteriorReachable(post, false);
      return;
    }
    if (target === post) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      post.focus();
    } else if (event.key === 'Tab') {
      const to = wrapWithin(postTabStops(post), target, event.shiftKey);
      if (!to) return;
      event.preventDefault();
      to.focus();
    }
  };
  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('focusout', onFocusOut, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return () => {
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('focusout', onFocusOut, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.querySelectorAll<HTMLElement>(`[${insideAttribute}]`).forEach((post) => setInside(post, false));
  };
}
