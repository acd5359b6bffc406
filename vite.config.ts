import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Adds `<link rel="modulepreload">` for chunks the page imports on its own before the first post can be drawn
 * (the post sanitizer), so they download with the entry instead of after it has run. Such a chunk stays out of
 * the entry's code: a page that never draws a post (the sign-in screen) still does not run it.
 */
function preloadFirstScreenChunks(modules: readonly string[]): Plugin {
  return {
    name: 'atrium-preload-first-screen-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output) => output.type === 'chunk' && modules.some((module) => output.facadeModuleId?.endsWith(module)),
        );
        if (chunks.length !== modules.length) throw new Error(`Not every chunk to preload was built: ${modules.join(', ')}.`);
        return chunks.map((chunk) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * One Vite config for the renderer bundle and the unit tests.
 * The main process is bundled separately by scripts/buildMain.ts.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadFirstScreenChunks(['/renderer/components/status/sanitize.ts'])],
  // Lightning CSS handles CSS Modules (`composes … from` included) without PostCSS, which warned on every build.
  css: { transformer: 'lightningcss' },
  // Radix's scroll lock writes an inline <style> the CSP refuses; this one adopts a constructed stylesheet (see the file).
  resolve: { alias: { 'react-style-singleton': fileURLToPath(new URL('./renderer/components/cspStyleSheet.ts', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    // Electron's Chromium preloads modules itself: no polyfill in the first screen's script.
    modulePreload: { polyfill: false },
    // Every module the entry imports statically goes into the entry's own chunk. Left to itself, the bundler split
    // out the modules a lazy view shares with the first screen (the store, the strings) into a dozen small chunks,
    // each compressed on its own: 6 KB more to fetch before the first post, in more requests.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } } },
  },
  test: {
    root: '.',
    projects: [
      {
        test: {
          name: 'node',
          root: '.',
          environment: 'node',
          include: ['test/unit/main/**/*.test.ts', 'test/unit/shared/**/*.test.ts', 'test/sandbox/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // The project inherits this file's plugins (React) from the config that declares it.
        test: {
          name: 'renderer',
          root: '.',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
        },
      },
    ],
  },
});
