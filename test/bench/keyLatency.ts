import type { Page } from 'playwright-core';

/** Presses a key and resolves with how long the page took to show it, in milliseconds. */
export type TimedPress = (key: string) => Promise<number>;

/**
 * Times key presses (real input through the browser, into whatever has focus) in the page: from the
 * key event's own timestamp to the frame after `changes` (an element whose text the key updates, such
 * as a character count) shows it changed, or to the next frame when not given.
 */
// No named functions inside page.evaluate: the bundler would wrap them in a helper the page does not have.
export async function keyTimer(page: Page, changes?: string): Promise<TimedPress> {
  await page.evaluate((selector) => {
    const samples: number[] = [];
    Object.assign(window, { benchKeyMs: samples });
    document.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        const target = selector ? document.querySelector(selector) : null;
        const before = target?.textContent;
        void (async () => {
          await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          if (target && target.textContent === before) {
            // The count follows the text a little later: wait for its change, then for the frame that shows it.
            await new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve();
              });
              observer.observe(target, { childList: true, characterData: true, subtree: true });
            });
            await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          }
          samples.push(performance.now() - started);
        })();
      },
      { capture: true },
    );
  }, changes ?? null);
  let pressed = 0;
  return async (key) => {
    await page.keyboard.press(key);
    pressed += 1;
    await page.waitForFunction((count) => (window as unknown as { benchKeyMs: number[] }).benchKeyMs.length >= count, pressed, { polling: 'raf', timeout: 30_000 });
    return page.evaluate((index) => (window as unknown as { benchKeyMs: number[] }).benchKeyMs[index] as number, pressed - 1);
  };
}
