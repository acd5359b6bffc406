/**
 * The controls inside a post's body (links in its text, the content-warning button, media and their
 * descriptions, a poll, a link preview, a quoted post) and the small lines around it (who boosted
 * it, what it replies to, "Edited"). In a feed they are not Tab stops of their own: a post costs
 * three (the post, its author, its actions), however much it holds. `i` or `F2` on the post goes
 * into them; Tab then cycles through everything in the post and Escape comes back to the post
 * (watchPosts.ts). Loaded after the first screen: nothing here is needed to draw a post.
 */
import { interiorAttribute } from '../../components/status/interiorMark';

/** Set on a post while focus has gone into it: its interior is then in the Tab order. */
export const insideAttribute = 'data-inside';

/** Whatever the browser would stop on with Tab, when nothing says otherwise. */
const controls = ['a[href]', 'button', 'input', 'select', 'textarea', 'summary', 'video[controls]', 'audio[controls]'];
const controlSelector = controls.join(', ');
const interiorSelector = controls.flatMap((control) => [`[${interiorAttribute}] ${control}`, `${control}[${interiorAttribute}]`]).join(', ');

/** True when `element` belongs to `post` itself, not to a post drawn inside it. */
const ownedBy = (post: HTMLElement, element: Element): boolean => element.closest('article') === post;

/** The controls of the post's interior, in document order. */
export function interiorControls(post: HTMLElement): HTMLElement[] {
  return [...post.querySelectorAll<HTMLElement>(interiorSelector)].filter((control) => ownedBy(post, control));
}

/** True when `element` is one of the post's interior controls (or inside one: a link's own markup). */
export function isInterior(post: HTMLElement, element: Element): boolean {
  return element !== post && post.contains(element) && element.closest(`[${interiorAttribute}]`) !== null && ownedBy(post, element);
}

/**
 * Puts the post's interior controls in the Tab order (`reachable`) or takes them out of it. Out of
 * it they keep their place in the accessibility tree: a screen reader's reading cursor still finds
 * and follows every link.
 */
export function setInteriorReachable(post: HTMLElement, reachable: boolean): void {
  for (const control of interiorControls(post)) {
    if (reachable) control.removeAttribute('tabindex');
    else if (control.getAttribute('tabindex') !== '-1') control.setAttribute('tabindex', '-1');
  }
}

/** Radio buttons are one Tab stop per group: the checked one, else the first. */
function oneStopPerRadioGroup(stops: HTMLElement[]): HTMLElement[] {
  const radios = (name: string) => stops.filter((stop): stop is HTMLInputElement => stop instanceof HTMLInputElement && stop.type === 'radio' && stop.name === name);
  return stops.filter((stop) => {
    if (!(stop instanceof HTMLInputElement) || stop.type !== 'radio' || !stop.name) return true;
    const group = radios(stop.name);
    return (group.find((radio) => radio.checked) ?? group[0]) === stop;
  });
}

/** The post's Tab stops as they stand (the post itself not among them), in document order. */
export function postTabStops(post: HTMLElement): HTMLElement[] {
  const candidates = [...post.querySelectorAll<HTMLElement>(controlSelector)].filter(
    (control) => ownedBy(post, control) && control.tabIndex >= 0 && !(control as HTMLButtonElement).disabled && !control.closest('[aria-hidden="true"], [hidden]'),
  );
  return oneStopPerRadioGroup(candidates);
}

/**
 * Where Tab (or Shift+Tab, `backwards`) from `current` should go to stay inside the post: round to
 * the first stop from the last, to the last from the first; undefined where the browser's own next
 * stop is already inside the post.
 */
export function wrapWithin(stops: readonly HTMLElement[], current: Element | null, backwards: boolean): HTMLElement | undefined {
  const index = current ? stops.indexOf(current as HTMLElement) : -1;
  if (stops.length === 0) return undefined;
  if (index < 0) return backwards ? stops[stops.length - 1] : stops[0];
  if (backwards && index === 0) return stops[stops.length - 1];
  if (!backwards && index === stops.length - 1) return stops[0];
  return undefined;
}

/** Whether focus has gone into the post. */
export const isInside = (post: HTMLElement): boolean => post.hasAttribute(insideAttribute);

/** Puts the post's interior in the Tab order (`inside`) or takes it out, and marks the post for its frame. */
export function setInside(post: HTMLElement, inside: boolean): void {
  setInteriorReachable(post, inside);
  post.toggleAttribute(insideAttribute, inside);
}

/** Goes into the post: its interior becomes reachable and its first interior stop takes focus; false when it has none. */
export function enterPost(post: HTMLElement): boolean {
  setInside(post, true);
  const first = postTabStops(post).find((stop) => isInterior(post, stop));
  if (!first) {
    setInside(post, false);
    return false;
  }
  first.focus();
  return true;
}
