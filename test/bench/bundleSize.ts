import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Builds the renderer (unless told it is built) and measures the JavaScript the first screen loads, gzipped as it would travel. */
export async function initialBundleGzipBytes(root: string, options: { build: boolean } = { build: true }): Promise<number> {
  if (options.build) await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'silent' });
  const dist = path.join(root, 'dist/renderer');
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  // The entry script and the chunks it preloads are what the first paint waits for.
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  let total = 0;
  for (const script of scripts) total += gzipSync(await readFile(path.join(dist, script))).length;
  return total;
}
