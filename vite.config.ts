import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * One Vite config for the renderer bundle and the unit tests.
 * The main process is bundled separately by scripts/buildMain.ts.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Lightning CSS handles CSS Modules (`composes … from` included) without PostCSS, which warned on every build.
  css: { transformer: 'lightningcss' },
  // Radix's scroll lock writes an inline <style> the CSP refuses; this one adopts a constructed stylesheet (see the file).
  resolve: { alias: { 'react-style-singleton': fileURLToPath(new URL('./renderer/components/cspStyleSheet.ts', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
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
