import { isTypingTarget } from '../../components/typingTarget';
import { enterPost, insideAttribute, isInside, isInterior, postTabStops, setInside, setInteriorReachable, wrapWithin } from './postInterior';

/** The posts whose interiors are kept out of the Tab order (notification rows about a person have none). */
const postSelector = 'article[data-status-id]';

const postOf = (node: Node | null): HTMLElement | null => (node instanceof Element ? node.closest<HTMLElement>(postSelector) : null);

/**
 * Keeps every post's interior (postInterior.ts) out of the Tab order until focus goes into it (by
 * `i` or `F2` on the post, or a click on a link), lets Tab and Shift+Tab go round the whole post while inside, and
 * brings focus back to the post on Escape, or when the control it was on goes away (a warning closed
 * over it, a poll turned into its results). One observer and three listeners for the whole document,
 * in the capture phase so they run before a panel's own Escape. `onNothingInside` is told when a
 * post gone into has no controls (to say so). Returns what stops it.
 */
export function watchPosts(doc: Document, onNothingInside: () => void): () => void {
  // The post that focus is on or in, to give focus back to when its control vanishes.
  let focusedPost: HTMLElement | null = null;
  const settle = (post: HTMLElement) => setInteriorReachable(post, isInside(post));
  const leave = (post: HTMLElement | null) => {
    if (post && isInside(post)) setInside(post, false);
  };
  const rescue = () => {
    const post = focusedPost;
    const active = doc.activeElement;
    if (!post || !post.isConnected || (active !== null && active !== doc.body)) return;
    leave(post);
    post.focus();
  };

  // The text's links arrive as HTML, media and polls come and go, rows mount as the feed scrolls: new controls start out of the Tab order too.
  const observer = new MutationObserver((records) => {
    const posts = new Set<HTMLElement>();
    let removed = false;
    for (const record of records) {
      // Only what came in needs settling; what left can only have taken focus with it.
      if (record.removedNodes.length > 0) removed = true;
      if (record.addedNodes.length === 0) continue;
      const around = postOf(record.target);
      if (around) posts.add(around);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(postSelector)) posts.add(node as HTMLElement);
        for (const post of node.querySelectorAll<HTMLElement>(postSelector)) posts.add(post);
      }
    }
    posts.forEach(settle);
    if (removed) rescue();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  doc.querySelectorAll<HTMLElement>(postSelector).forEach(settle);

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    const post = postOf(target);
    if (focusedPost !== post) leave(focusedPost);
    focusedPost = post;
    if (!post) return;
    if (target === post) leave(post);
    else if (isInterior(post, target) && !isInside(post)) setInside(post, true);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget) return;
    // Focus went nowhere: the window lost it (it comes back to the same place), the page's background was
    // clicked, or the control was removed or disabled under it (a poll's Vote button while the vote is sent).
    const left = event.target as Element;
    requestAnimationFrame(() => {
      if (!left.isConnected || (left as HTMLButtonElement).disabled) return rescue();
      if (doc.activeElement === doc.body) {
        leave(focusedPost);
        focusedPost = null;
      }
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as Element;
    const post = postOf(target);
    if (post && target === post && (event.key === 'i' || event.key === 'F2') && !isTypingTarget(target)) {
      event.preventDefault();
      if (!enterPost(post)) onNothingInside();
      return;
    }
    if (!post || target === post || !isInside(post)) return;
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
