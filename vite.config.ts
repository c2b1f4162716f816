import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The app lives in ui/ (index.html there); the build is a static site with relative paths.
export default defineConfig({
  root: 'ui',
  base: './',
  plugins: [svelte({ configFile: false })],
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
  server: { port: 5173 },
  test: {
    root: '.',
    // No test may depend on the machine's speed: heavy properties have explicit sizes, and
    // the per-test limit only catches a hang (Vitest's 5 s default failed on a busy machine).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          root: '.',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.svelte.test.ts', 'tests/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        resolve: { conditions: ['module', 'browser', 'development|production'] },
        test: {
          name: 'ui',
          root: '.',
          include: ['tests/**/*.svelte.test.ts'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
