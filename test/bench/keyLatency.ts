import type { Page } from 'playwright-core';

/** How long one key press took to show, in milliseconds from the key event's own timestamp. */
export interface KeyTiming {
  /** To the watched element's text changing in the DOM (a MutationObserver): the page's own work for the key. */
  inDom: number;
  /** To the frame after that change (requestAnimationFrame, then setTimeout 0): what the person sees. */
  painted: number;
}

/** Presses a key and resolves with how long the page took to show it. */
export type TimedPress = (key: string) => Promise<KeyTiming>;

/**
 * Times key presses (real input through the browser, into whatever has focus) in the page: from the
 * key event's own timestamp to `changes` (an element whose text the key updates, such as a character
 * count) changing in the DOM, and to the frame after that. Without `changes`, both are to the next frame.
 */
// No named functions inside page.evaluate: the bundler would wrap them in a helper the page does not have.
export async function keyTimer(page: Page, changes?: string): Promise<TimedPress> {
  await page.evaluate((selector) => {
    const samples: { inDom: number; painted: number }[] = [];
    Object.assign(window, { benchKeyMs: samples });
    document.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        const target = selector ? document.querySelector(selector) : null;
        void (async () => {
          if (target) {
            // Watching from the key on: a change made while the key is handled counts, however soon.
            await new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve();
              });
              observer.observe(target, { childList: true, characterData: true, subtree: true });
            });
          }
          const inDom = performance.now() - started;
          // A frame requested now is the first one that can show the change.
          await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          samples.push({ inDom: target ? inDom : performance.now() - started, painted: performance.now() - started });
        })();
      },
      { capture: true },
    );
  }, changes ?? null);
  let pressed = 0;
  return async (key) => {
    await page.keyboard.press(key);
    pressed += 1;
    await page.waitForFunction((count) => (window as unknown as { benchKeyMs: unknown[] }).benchKeyMs.length >= count, pressed, { polling: 'raf', timeout: 30_000 });
    return page.evaluate((index) => (window as unknown as { benchKeyMs: KeyTiming[] }).benchKeyMs[index] as KeyTiming, pressed - 1);
  };
}
