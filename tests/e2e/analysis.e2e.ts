/** The Analysis tab: the scenario's coalition table, filters and sorting, and the concepts. */
import { e2eTest, expect } from './harness';

e2eTest(
  'analysis shows v(S) for every coalition, filters by member and size, and sorts',
  async ({ page, baseUrl, screenshot }) => {
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const table = page.getByRole('table', { name: 'Coalition table' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(
      (await rows.count()) === 127,
      `127 nonempty coalitions of 7 players (got ${await rows.count()})`,
    );
    await page.getByLabel('Coalitions containing').selectOption('BLR');
    expect((await rows.count()) === 64, 'half of them contain Belarus');
    await page.getByLabel('Coalition size').selectOption('7');
    expect((await rows.count()) === 1, 'one grand coalition');
    await page.getByLabel('Coalition size').selectOption('any');
    await page.getByLabel('Coalitions containing').selectOption('any');
    // Sorted by worth, largest first: the grand coalition tops the table.
    const first = (await rows.first().locator('td').first().textContent()) ?? '';
    expect(first === 'RUS+ARM+BLR+KAZ+KGZ+TJK+UZB', `the grand coalition first, got ${first}`);
    await page.getByRole('button', { name: 'Size' }).click();
    const bySize = (await rows.first().locator('td').nth(1).textContent()) ?? '';
    expect(bySize === '7', 'sorting by size, largest first');
    const concepts = page.getByRole('table', { name: 'Solution concepts by player' });
    await concepts.getByRole('row', { name: /^BLR/ }).waitFor();
    await screenshot('analysis');
  },
);
