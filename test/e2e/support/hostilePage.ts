import type { Locator, Page } from 'playwright-core';

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
}

/**
 * Scrolls the feed in `scroller` a screen at a time, one step a frame, opening every content warning
 * on the way, until `enough` articles matching `match` have been on screen or the feed stops growing
 * for `patienceMs`. Frame durations come from requestAnimationFrame inside the page.
 */
export function scrollThrough(scroller: Locator, options: { match: string; enough: number; patienceMs: number; revealLabel: string }): Promise<ScrollRun> {
  return scroller.evaluate(async (element, { match, enough, patienceMs, revealLabel }) => {
    const frames: number[] = [];
    const seen = new Set<string>();
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
      element.scrollBy({ top: element.clientHeight * 0.8 });
      const now = await nextFrame();
      frames.push(now - last);
      last = now;
      if (element.scrollTop !== before) stuckSince = now;
      else if (now - stuckSince > patienceMs) break;
    }
    return { frames, seen: seen.size };
  }, options);
}
