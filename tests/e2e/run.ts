/**
 * Runs every browser test (tests/e2e/*.e2e.ts) against a fresh production build.
 * Screenshots go to tests/e2e/output/ (ignored by git), so a test run leaves the tree
 * clean; `npm run screenshots` (flag --readme) refreshes the README's images in
 * tests/e2e/screenshots/ on purpose.
 */
import { build } from 'vite';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launchChromium, registered } from './harness';
import { startServer } from '../../server/server';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const readme = process.argv.includes('--readme');
const shots = join(here, readme ? 'screenshots' : 'output');
mkdirSync(shots, { recursive: true });
mkdirSync(join(here, 'output'), { recursive: true });

await build({ root: join(root, 'ui'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
// The app as `npm start` serves it: the Summit Lab server with a fresh classroom store.
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataFile: join(mkdtempSync(join(tmpdir(), 'summit-e2e-')), 'classroom.sqlite'),
  modelsFolder: join(root, 'models'),
  // A student who leaves is stood in for after 2 s (the classroom test waits for it).
  graceMs: 2000,
  staticRoot: join(root, 'dist'),
});
const baseUrl = `${server.url}/`;

const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.e2e.ts'))
  .sort()) {
  await import(join(here, file));
}

const browser = await launchChromium();
let passed = 0;
let failed = 0;
for (const { name, fn } of registered) {
  if (only && !name.includes(only)) continue;
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  // Waits end on what the page shows; the limit only catches a hang, never a slow machine.
  context.setDefaultTimeout(180_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const started = Date.now();
  try {
    await fn({
      page,
      browser,
      baseUrl,
      screenshot: async (shot, fullPage = true) => {
        await page.screenshot({ path: join(shots, `${shot}.png`), fullPage });
      },
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
    passed++;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n    ${(e as Error).message.split('\n').join('\n    ')}`);
    await page
      .screenshot({ path: join(here, 'output', `FAILED-${name.replace(/\W+/g, '-')}.png`) })
      .catch(() => {});
  } finally {
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
