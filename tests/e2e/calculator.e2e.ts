/** The coalition-game calculator: presets, live editing, weighted games, and bad input. */
import type { Page } from 'playwright-core';
import { e2eTest, expect } from './harness';

async function openCalculator(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.getByRole('tab', { name: 'Calculator' }).click();
}

e2eTest(
  'calculator solves the glove game with exact fractions',
  async ({ page, baseUrl, screenshot }) => {
    await openCalculator(page, baseUrl);
    await page.getByRole('heading', { name: 'Coalition-game calculator' }).waitFor();
    const table = page.getByRole('table', { name: 'Solution concepts' });
    await table.waitFor();
    const shapleyRow = table.getByRole('row', { name: /Shapley value/ });
    await shapleyRow.getByText('= 2/3').waitFor();
    expect((await shapleyRow.textContent())?.includes('1/6'), 'Shapley gives the right gloves 1/6');
    await screenshot('calculator-glove');
  },
);

e2eTest('editing a worth updates the solutions live', async ({ page, baseUrl }) => {
  await openCalculator(page, baseUrl);
  const table = page.getByRole('table', { name: 'Solution concepts' });
  await table
    .getByRole('row', { name: /Shapley value/ })
    .getByText('= 2/3')
    .waitFor();
  // Make the glove game symmetric: every pair is worth 1.
  await page.getByLabel('v(R1+R2)').fill('1');
  await table
    .getByRole('row', { name: /Shapley value/ })
    .getByText('= 1/3')
    .first()
    .waitFor();
});

e2eTest(
  'a weighted voting preset shows the power indices',
  async ({ page, baseUrl, screenshot }) => {
    await openCalculator(page, baseUrl);
    await page.getByLabel('Example game').selectOption('eec-1958');
    const table = page.getByRole('table', { name: 'Solution concepts' });
    const row = table.getByRole('row', { name: /Shapley–Shubik index/ });
    await row.getByText('= 7/30').first().waitFor();
    await screenshot('calculator-eec');
  },
);

e2eTest('a bad player name shows a readable error, not a crash', async ({ page, baseUrl }) => {
  await openCalculator(page, baseUrl);
  await page.getByLabel('Name of player 2').fill('R+1');
  const alert = page.getByRole('alert');
  await alert.getByText('must not contain "+"').waitFor();
});

e2eTest(
  'the game typed in the calculator survives other tabs and can be analysed',
  async ({ page, baseUrl }) => {
    await openCalculator(page, baseUrl);
    await page.getByLabel('v(R1+R2)').fill('1');
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    await page.getByLabel('Game to analyse').selectOption('calculator');
    await page.getByRole('heading', { name: 'Analysis: the game in the Calculator tab' }).waitFor();
    // The symmetric three-player majority game: an empty core, so least-core ranges, 1/3 each.
    const table = page.getByRole('table', { name: 'Solution concepts' });
    const range = table.getByRole('row', { name: /Least-core range/ });
    await range.waitFor();
    expect(
      ((await range.textContent()) ?? '').includes('0.3333 – 0.3333'),
      'the least core is the single point (1/3, 1/3, 1/3)',
    );
    await page.getByRole('tab', { name: 'Calculator', exact: true }).click();
    expect((await page.getByLabel('v(R1+R2)').inputValue()) === '1', 'the typed worth is kept');
  },
);

e2eTest('typing more players than the calculator takes says so', async ({ page, baseUrl }) => {
  await openCalculator(page, baseUrl);
  const count = page.getByLabel('Number of players');
  await count.fill('25');
  await count.press('Enter');
  await count.blur();
  await page.getByRole('status').getByText('games of up to 6 players').waitFor();
  expect((await count.inputValue()) === '6', 'the field shows the count actually used');
});

e2eTest(
  'a cleared cell names its coalition, and the player count applies as typed without losing worths',
  async ({ page, baseUrl }) => {
    await openCalculator(page, baseUrl);
    const table = page.getByRole('table', { name: 'Solution concepts' });
    await table.waitFor();
    await page.getByLabel('v(R1+R2)').fill('');
    const alert = page.getByRole('alert');
    await alert.getByText('v(R1+R2)').waitFor();
    const said = (await alert.textContent()) ?? '';
    expect(
      said.includes('is empty') && !said.includes('/values/'),
      `the problem names the coalition, not a JSON path: ${said}`,
    );
    await page.getByLabel('v(R1+R2)').fill('1');
    // "1" on the way to "4": the count follows each keystroke, and what was typed for the
    // three-player game comes back when the count grows again.
    const count = page.getByLabel('Number of players');
    await count.fill('1');
    expect((await page.getByLabel('v(R1+R2)').count()) === 0, 'one player: no pair to fill');
    await count.fill('4');
    await page.getByLabel('v(L+R1+R2+D)').waitFor();
    expect(
      (await page.getByLabel('v(R1+R2)').inputValue()) === '1',
      'the worth typed before the count went down is back',
    );
    await table.getByRole('row', { name: /Shapley value/ }).waitFor();
  },
);
