import type { Locator, Page } from 'playwright-core';
import { hostileCorpus } from '../../corpus/index';
import type { Sandbox } from '../../sandbox/index';

/** What a hostile content run watches for besides console errors: script that ran, dialogs, foreign requests. */
export interface Tripwires {
  dialogs: string[];
  /** Requests to anywhere but the instance and the app itself. */
  foreignRequests: string[];
  /** True once any payload ran (it sets `window.__atriumPwned` or calls alert/confirm/prompt). */
  pwned(): Promise<boolean>;
}

/** Sets the tripwires on an Atrium page before any post reaches it. */
export async function setTripwires(page: Page, allowedOrigins: readonly string[]): Promise<Tripwires> {
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  await page.addInitScript(() => {
    const flag = () => Object.assign(window, { __atriumPwned: true });
    window.alert = flag;
    window.confirm = () => (flag(), false);
    window.prompt = () => (flag(), null);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context().on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (!allowedOrigins.some((origin) => url.startsWith(`${origin}/`) || url === origin)) foreignRequests.push(url);
  });
  return { dialogs, foreignRequests, pwned: () => page.evaluate(() => Boolean((window as { __atriumPwned?: unknown }).__atriumPwned)) };
}

/**
 * Articles in `region` whose box, or whose content, is wider than the region: a name, word or
 * picture that breaks out of its column. Returns one line per offender.
 */
export function overflowingCards(region: Locator): Promise<string[]> {
  return region.evaluate((root) => {
    const column = root.getBoundingClientRect();
    return [...root.querySelectorAll('article')].flatMap((article) => {
      const box = article.getBoundingClientRect();
      const outside = box.left < column.left - 1 || box.right > column.right + 1;
      const spills = article.scrollWidth > article.clientWidth + 1;
      if (!outside && !spills) return [];
      // Name the element that sticks out furthest, so a failure says where to look.
      const widest = [...article.querySelectorAll('*')].reduce<Element>((wide, element) => (element.getBoundingClientRect().right > wide.getBoundingClientRect().right ? element : wide), article);
      return [`${article.getAttribute('aria-label')?.slice(0, 60)}: ${Math.round(box.width)}px box, ${article.scrollWidth}px content in ${Math.round(column.width)}px; widest <${widest.tagName.toLowerCase()} class="${widest.className}">`];
    });
  });
}

/** Frame durations, and what was seen, while scrolling a feed to its end. */
export interface ScrollRun {
  frames: number[];
  seen: number;
  /** The posts (status ids) that came on screen in each frame slower than `slowMs`. */
  slow: { ms: number; arrived: string[] }[];
  /** The most elements, and the most pixels of height, that any one post was drawn with. */
  largest: { elements: number; heightPx: number; tallestId: string; busiestId: string };
}

/**
 * Scrolls the feed in `scroller` by `stepPx` a frame, opening every content warning
 * on the way, until `enough` articles matching `match` have been on screen or the feed stops growing
 * for `patienceMs`. Frame durations come from requestAnimationFrame inside the page.
 */
export function scrollThrough(scroller: Locator, options: { match: string; enough: number; patienceMs: number; revealLabel: string; slowMs: number; stepPx: number }): Promise<ScrollRun> {
  return scroller.evaluate(async (element, { match, enough, patienceMs, revealLabel, slowMs, stepPx }) => {
    const frames: number[] = [];
    const slow: { ms: number; arrived: string[] }[] = [];
    const seen = new Set<string>();
    const onScreen = new Set<string>();
    const largest = { elements: 0, heightPx: 0, tallestId: '', busiestId: '' };
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    let last = await nextFrame();
    let stuckSince = last;
    while (seen.size < enough) {
      for (const button of element.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) {
        if (button.textContent === revealLabel) button.click();
      }
      for (const article of element.querySelectorAll('article')) {
        if (article.textContent?.includes(match)) seen.add(article.getAttribute('data-status-id') ?? '');
      }
      const before = element.scrollTop;
      element.scrollBy({ top: stepPx });
      const now = await nextFrame();
      frames.push(now - last);
      const arrived = [...element.querySelectorAll('article[data-status-id]')].map((article) => article.getAttribute('data-status-id') ?? '').filter((id) => !onScreen.has(id));
      for (const id of arrived) onScreen.add(id);
      for (const article of element.querySelectorAll('article[data-status-id]')) {
        const elements = article.getElementsByTagName('*').length;
        const heightPx = Math.round(article.getBoundingClientRect().height);
        const id = article.getAttribute('data-status-id') ?? '';
        if (elements > largest.elements) Object.assign(largest, { elements, busiestId: id });
        if (heightPx > largest.heightPx) Object.assign(largest, { heightPx, tallestId: id });
      }
      if (now - last > slowMs) slow.push({ ms: Math.round(now - last), arrived });
      last = now;
      if (element.scrollTop !== before) stuckSince = now;
      else if (now - stuckSince > patienceMs) break;
    }
    return { frames, seen: seen.size, slow, largest };
  }, options);
}

/** Which corpus input a post carries (its family and number), read from the sandbox, for failure messages. */
export async function corpusEntryOf(sandbox: Sandbox, statusId: string): Promise<string> {
  const headers = { authorization: `Bearer ${sandbox.issueToken(sandbox.demoUser.username)}` };
  const status = (await (await fetch(`${sandbox.url}/api/v1/statuses/${statusId}`, { headers })).json()) as { content?: string; reblog?: { content?: string } | null };
  const content = status.reblog?.content ?? status.content ?? '';
  return hostileCorpus().find((input) => content.startsWith(input.html))?.id ?? `post ${statusId}`;
}

/** The id of the post in the demo user's Home that carries corpus input `entryId` (e.g. `huge #2`). */
export async function findCorpusPost(sandbox: Sandbox, entryId: string): Promise<string> {
  const html = hostileCorpus().find((input) => input.id === entryId)?.html;
  if (html === undefined) throw new Error(`No corpus input ${entryId}.`);
  const headers = { authorization: `Bearer ${sandbox.issueToken(sandbox.demoUser.username)}` };
  let maxId = '';
  for (let page = 0; page < 10; page++) {
    const statuses = (await (await fetch(`${sandbox.url}/api/v1/timelines/home?limit=40${maxId ? `&max_id=${maxId}` : ''}`, { headers })).json()) as { id: string; content: string }[];
    const found = statuses.find((status) => status.content.startsWith(html));
    if (found) return found.id;
    maxId = statuses.at(-1)?.id ?? '';
  }
  throw new Error(`Corpus input ${entryId} is not in Home.`);
}

/**
 * Scrolls `feed` to a post, clicks it and times, inside the page, until it is drawn in the conversation
 * panel (found there, its content warning opened, then one more frame painted): what opening one post costs.
 */
export function timeOpeningThread(feed: Locator, statusId: string, revealLabel: string): Promise<number> {
  return feed.evaluate(async (root, { id, revealLabel }) => {
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const row = () => root.querySelector<HTMLElement>(`article[data-status-id="${id}"]`);
    // The feed is virtualized: scroll down from the top until the post is drawn.
    root.parentElement?.scrollTo({ top: 0 });
    for (let frame = 0; !row() && frame < 300; frame++) {
      root.parentElement?.scrollBy({ top: 200 });
      await nextFrame();
    }
    // The list measures rows as they come and may shift or draw them again: hold the row in view until
    // it has stayed for a few frames, then click the row as it is then.
    for (let frame = 0, steady = 0; steady < 3 && frame < 120; frame++) {
      const current = row();
      current?.scrollIntoView({ block: 'center' });
      steady = current ? steady + 1 : 0;
      await nextFrame();
    }
    const article = row();
    if (!article) throw new Error(`Post ${id} would not stay on screen.`);
    const start = performance.now();
    article.click();
    const panelRow = () => document.querySelector(`[data-region="panel"] article[data-status-id="${id}"]`);
    while (!panelRow()) await nextFrame();
    const opened = panelRow() as Element;
    // Behind a content warning, the post is only drawn once shown: show it, as the reader would.
    for (const button of opened.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) if (button.textContent === revealLabel) button.click();
    return (await nextFrame()) - start;
  }, { id: statusId, revealLabel });
}
