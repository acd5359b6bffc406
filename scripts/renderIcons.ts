// `npm run icons`: draws the app and tray icons from renderer/public/icon.svg with Debian's Chromium,
// so the installers (build/icon.png) and the tray (build/icons/) use the same mark as the page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../test/e2e/host/chromium';

const mark = await readFile(path.join(import.meta.dirname, '..', 'renderer', 'public', 'icon.svg'), 'utf8');
// macOS draws menu-bar icons from a black template in the bar's own colour: the arches alone.
const template = mark.replace(/<rect[^>]*\/>/, '').replaceAll('#fff', '#000');
// Windows has no badge on the taskbar button: a dot overlaid on the icon says there is something unread.
const dot = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#c2410c" stroke="#fff" stroke-width="1.5"/></svg>';
const sizes: [file: string, size: number, svg: string][] = [
  ['build/icon.png', 512, mark],
  ['build/icons/tray.png', 16, mark],
  ['build/icons/tray@2x.png', 32, mark],
  ['build/icons/trayTemplate.png', 16, template],
  ['build/icons/trayTemplate@2x.png', 32, template],
  ['build/icons/unread.png', 16, dot],
  ['build/icons/unread@2x.png', 32, dot],
];
const browser = await launchChromium({ headless: true });
try {
  for (const [file, size, svg] of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
