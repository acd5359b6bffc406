// `npm run icons`: draws the app and tray icons from renderer/public/icon.svg with Debian's Chromium,
// so the installers (build/icon.png) and the tray (build/icons/) use the same mark as the page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../test/e2e/host/chromium';

const svg = await readFile(path.join(import.meta.dirname, '..', 'renderer', 'public', 'icon.svg'), 'utf8');
const sizes: [file: string, size: number][] = [
  ['build/icon.png', 512],
  ['build/icons/tray.png', 16],
  ['build/icons/tray@2x.png', 32],
];
const browser = await launchChromium({ headless: true });
try {
  for (const [file, size] of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
