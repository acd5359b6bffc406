import type { Page } from 'playwright-core';
import { keyTimer, type TimedPress } from './keyLatency';

/**
 * A page with nothing but a `<textarea>` holding `text` and a `<span>` counting its characters, set in
 * an `input` listener: no React, no store, no styles. Key presses into it, timed as the composer's are,
 * give the floor this Chromium and its frame clock put under any page.
 */
export async function plainTextarea(page: Page, text: string): Promise<TimedPress> {
  await page.setContent('<textarea aria-label="Text" rows="12" cols="80"></textarea><span id="count"></span>');
  await page.evaluate((value) => {
    const field = document.querySelector('textarea');
    const count = document.querySelector('#count');
    if (!field || !count) throw new Error('The plain page did not render.');
    field.value = value;
    count.textContent = String(500 - field.value.length);
    field.addEventListener('input', () => {
      count.textContent = String(500 - field.value.length);
    });
    field.focus();
    field.setSelectionRange(value.length, value.length);
  }, text);
  return keyTimer(page, '#count');
}
