// Used by the sanitizer (sanitize.ts) alone, so it loads with it, after the first screen.

/**
 * Keeps the first `max` characters of text under `root` and removes the rest, ending the kept text
 * with an ellipsis. Returns how many characters were kept and whether any were cut.
 */
export function keepText(root: Node, max: number): { length: number; cut: boolean } {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let length = 0;
  for (const text of texts) {
    if (length + text.data.length <= max) {
      length += text.data.length;
      continue;
    }
    // Never split a surrogate pair: half an emoji is no character at all.
    let end = max - length;
    if (/[\uD800-\uDBFF]/.test(text.data.charAt(end - 1))) end -= 1;
    text.data = `${text.data.slice(0, end)}…`;
    removeAfter(text, root);
    return { length: length + end, cut: true };
  }
  return { length, cut: false };
}

/** Removes everything that follows `node` inside `root`: later siblings of it and of each ancestor. */
function removeAfter(node: Node, root: Node): void {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    while (current.nextSibling) current.nextSibling.remove();
  }
}
