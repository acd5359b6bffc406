import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

/** Names a place in built code as the source it came from: `name (renderer/x.ts:12)`, or null when there is no map. */
export type Locate = (url: string, line: number, column: number) => string | null;

/**
 * Reads the built files' source maps, so a CPU profile names Atrium's own functions and files instead of the
 * minifier's. `servedFolder` is where the page's scripts are served from (`dist/renderer`); a `file:` URL (the
 * bundled main process) is read where it is.
 */
export function sourceMapLocator(servedFolder: string): Locate {
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new SourceMapConsumer(readFileSync(`${file}.map`, 'utf8')) : null);
    return maps.get(file) ?? null;
  };
  return (url, line, column) => {
    const file = builtFile(url, servedFolder);
    const found = file ? mapOf(file)?.originalPositionFor({ line: line + 1, column }) : undefined;
    if (!found?.source) return null;
    return `${found.name ?? '(anonymous)'} (${readableSource(found.source)}:${found.line})`;
  };
}

function builtFile(url: string, servedFolder: string): string | null {
  if (url.startsWith('file:')) return fileURLToPath(url);
  if (!/^https?:/.test(url)) return null;
  return path.join(servedFolder, new URL(url).pathname);
}

/** `../../../node_modules/react-dom/cjs/x.js` as `react-dom/cjs/x.js`, `../../renderer/x.ts` as `renderer/x.ts`. */
function readableSource(source: string): string {
  const inPackage = source.lastIndexOf('node_modules/');
  return inPackage >= 0 ? source.slice(inPackage + 'node_modules/'.length) : source.replace(/^(\.\.\/)+/, '');
}
