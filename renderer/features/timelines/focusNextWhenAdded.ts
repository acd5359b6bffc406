import { feedItemSelector } from '../../components/feedItems';

/** How long a move past the last loaded post waits for older posts to arrive. */
const WAIT_MS = 15_000;

/**
 * j or Page Down on the last post loaded so far: older posts are usually on their way (the list
 * fetches them as the reader nears its end), so the move is kept and made when the next post
 * arrives, as long as focus is still on `from`. Returns a function that gives up waiting.
 */
export function focusNextWhenAdded(container: HTMLElement, from: HTMLElement): () => void {
  const next = () => {
    const cards = [...container.querySelectorAll<HTMLElement>(feedItemSelector)];
    const index = cards.indexOf(from);
    return index < 0 ? undefined : cards[index + 1];
  };
  const observer = new MutationObserver(() => {
    if (from.ownerDocument.activeElement !== from) return stop();
    const card = next();
    if (!card) return;
    stop();
    card.focus();
    card.scrollIntoView?.({ block: 'nearest' });
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    from.removeEventListener('blur', stop);
  }
  observer.observe(container, { childList: true, subtree: true });
  from.addEventListener('blur', stop);
  return stop;
}
