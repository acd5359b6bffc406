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
        plugins: [react()],
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
