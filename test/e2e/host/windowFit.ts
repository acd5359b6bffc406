import type { Page } from 'playwright-core';

/** A rectangle on the screen, in CSS pixels. */
export interface Bounds {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where a window of the wanted size goes on a screen whose usable area is `screen`: as large as wanted but
 * never larger than the screen, centred in it. Pure, so the rule is tested without a display.
 */
export function fitBounds(screen: Bounds, wanted: { width: number; height: number }): Bounds {
  const width = Math.min(wanted.width, screen.width);
  const height = Math.min(wanted.height, screen.height);
  return {
    left: screen.left + Math.floor((screen.width - width) / 2),
    top: screen.top + Math.floor((screen.height - height) / 2),
    width,
    height,
  };
}

/**
 * Resizes the browser window that shows `page` to fit the screen it is on (a virtual display may be smaller
 * than Atrium's usual 1280×860). The page must have been opened without a fixed viewport, so that its
 * content follows the window.
 */
export async function fitWindowToScreen(page: Page, wanted: { width: number; height: number }): Promise<Bounds> {
  const screen = await page.evaluate(() => {
    // availLeft/availTop are Chromium's, outside the standard Screen type.
    const area = window.screen as Screen & { availLeft?: number; availTop?: number };
    return { left: area.availLeft ?? 0, top: area.availTop ?? 0, width: area.availWidth, height: area.availHeight };
  });
  const bounds = fitBounds(screen, wanted);
  const session = await page.context().newCDPSession(page);
  try {
    const { windowId } = await session.send('Browser.getWindowForTarget');
    await session.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
    await session.send('Browser.setWindowBounds', { windowId, bounds });
  } finally {
    await session.detach();
  }
  return bounds;
}
