import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

// The app lives in ui/ (index.html there); the build is a static site with relative paths.
export default defineConfig(({ command }) => ({
  root: 'ui',
  base: './',
  plugins: [svelte({ configFile: false })],
  // In the browser bundle only: HiGHS's Node branch imports node:module (see the shim).
  resolve:
    command === 'build' && !process.env.VITEST
      ? {
          alias: {
            'node:module': fileURLToPath(new URL('ui/lib/nodeModuleShim.ts', import.meta.url)),
          },
        }
      : {},
  // Pre-bundle what the lazily loaded tabs import, so their first opening under `npm start`
  // does not make the dev server re-optimise and reload the page.
  optimizeDeps: {
    include: [
      'd3-geo',
      'd3-scale',
      'd3-scale-chromatic',
      'topojson-client',
      'mathjs',
      'zod',
      'xstate',
      'pure-rand/generator/xoroshiro128plus',
      'pure-rand/distribution/uniformInt',
      'pure-rand/distribution/uniformFloat64',
      'highs',
    ],
  },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    // The Play tab's engine chunk (the map's Natural Earth data, zod, mathjs, the protocol)
    // is ~490 KiB and loads only when a game starts; the initial bundle is ~40 KiB gzip and
    // is tracked by npm run bench against its own 150 KiB target.
    chunkSizeWarningLimit: 700,
    // Rolldown's "plugins took most of the build" note fires on a busy machine (the Svelte
    // compiler is the build); it is about timing, not the output, so a build prints none.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { port: 5173 },
  test: {
    root: '.',
    // No test may depend on the machine's speed: heavy properties have explicit sizes, and
    // the per-test limit only catches a hang (Vitest's 5 s default failed on a busy machine).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Property tests use one fixed seed unless FC_SEED says otherwise (tests/fastCheckSeed.ts).
    setupFiles: ['tests/fastCheckSeed.ts'],
    // The engine's line coverage is a gate (npm run test:unit runs with --coverage).
    coverage: {
      provider: 'v8',
      include: ['engine/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 90 },
    },
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
}));
