/**
 * The Model tab: parameters, formulas, the decision rule, structure edits, and sharing —
 * each checked through what a person sees (the predictions, the analysis, the diff).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { e2eTest, expect } from './harness';

async function openModel(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Model', exact: true }).click();
  await page.getByRole('region', { name: 'Model predictions' }).waitFor();
}

const predictions = (page: Page) =>
  page
    .getByRole('region', { name: 'Model predictions' })
    .textContent()
    .then((t) => t ?? '');

const optimum = (page: Page) =>
  page
    .getByTestId('optimum')
    .textContent()
    .then((t) => t ?? '');

async function savedModel(page: Page): Promise<unknown> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save model' }).click(),
  ]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

e2eTest(
  'change a parameter and see the predictions and the analysis change',
  async ({ page, baseUrl, screenshot }) => {
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    await page.getByTestId('optimum').waitFor();
    const analysisBefore = await optimum(page);
    expect(
      analysisBefore.includes('0.193 bn'),
      `the calibrated optimum costs 0.193 bn: ${analysisBefore}`,
    );

    await page.getByRole('tab', { name: 'Model', exact: true }).click();
    const slider = page.getByRole('slider', { name: 'Belarus: Western stake' });
    await slider.first().waitFor();
    expect((await slider.count()) === 1, 'the slider is labelled with the parameter name');
    const before = await predictions(page);
    expect(
      /Value received[^]*BLR 0\.358[^]*cost to the leader[^]*0\.193 US\$ bn/.test(before),
      `the optimum says which figures are value to members and which is Russia's cost: ${before}`,
    );
    // Typed numbers apply as they are typed (no Enter, no leaving the field), and the value
    // coming back never rewrites what is half typed ("3." stays "3.", then "3.0").
    const exact = page.getByLabel('Belarus: Western stake (exact value)');
    await exact.selectText();
    await exact.pressSequentially('3.0');
    expect(
      (await exact.inputValue()) === '3.0',
      `the field keeps "3.0": ${await exact.inputValue()}`,
    );
    await page.waitForFunction(
      (old) => document.querySelector('[aria-label="Model predictions"]')?.textContent !== old,
      before,
    );
    const after = await predictions(page);
    expect(after.includes('1.019 bn') || after !== before, 'the leader pays more');
    const diff =
      (await page.getByRole('region', { name: 'Changes from the bundled model' }).textContent()) ??
      '';
    expect(
      diff.includes('/parameters/west_BLR/value') && diff.includes('1 change'),
      `the diff names it: ${diff}`,
    );
    await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot('model', false);

    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    await page.waitForFunction((old) => {
      const t = document.querySelector('[data-testid="optimum"]')?.textContent;
      return t && t !== old;
    }, analysisBefore);
    const analysisAfter = await optimum(page);
    expect(!analysisAfter.includes('0.193 bn'), `the analysis follows the model: ${analysisAfter}`);
  },
);

e2eTest(
  'an invalid formula shows its error and keeps the last valid model',
  async ({ page, baseUrl }) => {
    await openModel(page, baseUrl);
    const before = await predictions(page);
    const field = page.getByLabel('nato-warning: value to BLR', { exact: true });
    await field.fill('-(backlash_nato_warning * west_BLRR');
    const problems = page.getByRole('alert', { name: 'Model problems' });
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(
      text.includes('/clauses/0/value/BLR') && text.includes('cannot parse'),
      `path and message: ${text}`,
    );
    expect((await field.getAttribute('aria-invalid')) === 'true', 'the field is marked invalid');
    expect(
      (await predictions(page)) === before,
      'the predictions are those of the last valid model',
    );
    // An unknown name is an error too, with its own message.
    await field.fill('-(backlash_nato_warning * west_BLRR)');
    await page
      .getByText(/unknown/i)
      .first()
      .waitFor();
    // Fixing it makes the model valid again.
    await field.fill('-(backlash_nato_warning * west_BLR)');
    await page.getByText('The model is valid.').waitFor();
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    await page.getByTestId('optimum').waitFor();
  },
);

e2eTest(
  'a share link round-trips to the same model',
  async ({ page, baseUrl, browser, screenshot }) => {
    await openModel(page, baseUrl);
    await page.getByLabel("Russia's side-payment budget (exact value)").fill('0.6');
    await page.getByLabel("Russia's side-payment budget (exact value)").press('Enter');
    await page.getByLabel('Rule').selectOption('majority');
    await page.getByRole('button', { name: 'Remove clause recognition' }).click();
    await page.getByRole('button', { name: 'Add instrument' }).click();
    await page.getByText('The model is valid.').waitFor();
    const edited = await savedModel(page);
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel('Link to this model').inputValue();
    expect(
      link.startsWith(baseUrl) && link.includes('#model='),
      `a link to this page: ${link.slice(0, 60)}`,
    );

    // A fresh browser (no saved model) opens the link on the Model tab with the same model.
    const fresh = await browser.newContext({ acceptDownloads: true });
    const other = await fresh.newPage();
    await other.goto(link);
    await other.getByRole('region', { name: 'Model predictions' }).waitFor();
    expect(
      (await other
        .getByRole('tab', { name: 'Model', exact: true })
        .getAttribute('aria-selected')) === 'true',
      'the link opens the Model tab',
    );
    const shared = await savedModel(other);
    expect(JSON.stringify(shared) === JSON.stringify(edited), 'the same model, field for field');
    expect((await other.getByLabel('Rule').inputValue()) === 'majority', 'the rule came along');
    await screenshot('model-shared', false);
    await fresh.close();
  },
);

e2eTest(
  'a link pasted into an open tab loads its model, and the edited model is one click away',
  async ({ page, baseUrl }) => {
    await openModel(page, baseUrl);
    // The model to share: the budget at 0.6.
    await page.getByLabel("Russia's side-payment budget (exact value)").fill('0.6');
    await page.getByLabel("Russia's side-payment budget (exact value)").press('Enter');
    await page.getByText('The model is valid.').waitFor();
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel('Link to this model').inputValue();
    // Then other work: the budget at 1.5 and a rule change.
    await page.getByLabel("Russia's side-payment budget (exact value)").fill('1.5');
    await page.getByLabel("Russia's side-payment budget (exact value)").press('Enter');
    await page.getByLabel('Rule').selectOption('majority');
    await page.getByText('The model is valid.').waitFor();
    const mine = await savedModel(page);

    await page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf('#')));
    await page.getByText('The shared model loaded').waitFor();
    const budget = page.getByLabel("Russia's side-payment budget (exact value)");
    expect((await budget.inputValue()) === '0.6', 'the pasted link was loaded');
    // A reload keeps the way back.
    await page.reload();
    await page.getByRole('tab', { name: 'Model', exact: true }).click();
    await page.getByRole('button', { name: /^Back to the model you had/ }).click();
    await page.getByText('Back to the model you had:').waitFor();
    expect(
      JSON.stringify(await savedModel(page)) === JSON.stringify(mine),
      'the edits the link replaced are back, field for field',
    );
    expect((await page.getByLabel('Rule').inputValue()) === 'majority', 'the rule too');
  },
);

e2eTest('a damaged share link is reported, not a blank page', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}#model=N4Ig-damaged`);
  await page
    .getByRole('status')
    .filter({ hasText: /link|not loaded/ })
    .waitFor();
  await page.getByRole('region', { name: 'Model predictions' }).waitFor();
});

e2eTest(
  'switching the decision rule changes the voting power, the predicted text and the bargaining split',
  async ({ page, baseUrl }) => {
    // Baron–Ferejohn's payoff for Russia in Analysis, for whichever model is valid now.
    const bfRussia = async () => {
      await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
      const row = page
        .getByRole('table', { name: 'Solution concepts' })
        .getByRole('row', { name: /^Baron–Ferejohn/ });
      await row.waitFor();
      const cells = await row.locator('td').allTextContents();
      await page.getByRole('tab', { name: 'Model', exact: true }).click();
      return Number(cells[0]);
    };
    await openModel(page, baseUrl);
    const bfConsensus = await bfRussia();
    const power = page.getByRole('table', { name: 'Voting power' });
    const rus = () => power.getByRole('row', { name: /^RUS/ }).textContent();
    expect(((await rus()) ?? '').includes('14.3%'), 'consensus: 1/7 each');
    const text = await page.getByRole('list', { name: 'Predicted text' }).textContent();
    await page.getByLabel('Rule').selectOption('quota');
    await page.getByLabel('Signatories needed (leader included)').fill('4');
    await page.getByLabel('Signatories needed (leader included)').press('Enter');
    await page.waitForFunction(() =>
      document
        .querySelector('[aria-label="Model predictions"]')
        ?.textContent?.includes('quota: 4 of 7'),
    );
    const rusQuota = (await rus()) ?? '';
    expect(!rusQuota.includes('14.3%'), `Russia, a veto player, gains power: ${rusQuota}`);
    const textQuota = await page.getByRole('list', { name: 'Predicted text' }).textContent();
    expect(textQuota !== text, 'fewer signatories needed: a stronger text');
    const bfQuota = await bfRussia();
    expect(
      bfQuota > bfConsensus + 1,
      `veto power moves the Baron–Ferejohn split to Russia: ${bfConsensus} → ${bfQuota}`,
    );
  },
);

e2eTest('add and remove structure, load a bad file, and reset', async ({ page, baseUrl }) => {
  await openModel(page, baseUrl);
  await page.getByRole('button', { name: 'Add clause' }).click();
  await page.getByLabel('clause-1: value to RUS', { exact: true }).fill('0.4');
  await page.getByRole('button', { name: 'Add player' }).click();
  await page.getByRole('button', { name: 'Remove player KGZ' }).click();
  await page.getByText('The model is valid.').waitFor();
  const power = (await page.getByRole('table', { name: 'Voting power' }).textContent()) ?? '';
  expect(power.includes('NEW1') && !power.includes('KGZ'), 'the players changed');
  // A file that is not a valid model is refused with its problems; the edits stay.
  await page.getByLabel('Load model').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, id: 'x' })),
  });
  const notice =
    (await page.getByRole('status').filter({ hasText: 'not loaded' }).textContent()) ?? '';
  expect(notice.includes('"broken.json" was not loaded') && notice.includes('/players'), notice);
  expect(
    ((await page.getByRole('table', { name: 'Voting power' }).textContent()) ?? '').includes(
      'NEW1',
    ),
    'the edited model is unchanged',
  );
  // A reload keeps the edits (they are saved in the browser).
  await page.reload();
  await page.getByRole('tab', { name: 'Model', exact: true }).click();
  await page.getByRole('button', { name: 'Remove clause clause-1' }).waitFor();
  await page.getByRole('button', { name: 'Reset model' }).click();
  await page.getByText(/None: this is the bundled model/).waitFor();
});

e2eTest('play the edited model, and find it again after a reload', async ({ page, baseUrl }) => {
  await openModel(page, baseUrl);
  await page.getByRole('button', { name: 'Remove player KGZ' }).click();
  await page.getByText('The model is valid.').waitFor();
  await page.getByRole('tab', { name: 'Play', exact: true }).click();
  const scenario = page.getByLabel('Scenario');
  await page.waitForFunction(
    () => (document.querySelector('select') as HTMLSelectElement | null)?.value === 'edited-model',
  );
  expect(
    ((await scenario.locator('option:checked').textContent()) ?? '').startsWith(
      'Your edited model',
    ),
    'the edited model is offered first',
  );
  const roles = (await page.getByRole('group', { name: 'Choose your role' }).textContent()) ?? '';
  expect(!roles.includes('Kyrgyzstan') && roles.includes('Belarus'), `its players: ${roles}`);
  await page.getByRole('button', { name: 'Play as Belarus' }).click();
  await page.getByRole('group', { name: 'Actions' }).waitFor();
  const members = (await page.getByRole('region', { name: 'Members' }).textContent()) ?? '';
  expect(!members.includes('Kyrgyzstan'), 'Kyrgyzstan is not at the table');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.reload();
  await page.getByRole('group', { name: 'Actions' }).waitFor();
  const after = (await page.getByRole('region', { name: 'Members' }).textContent()) ?? '';
  expect(!after.includes('Kyrgyzstan'), 'the reload restores the game on the edited model');
});

e2eTest(
  'a cost game: edit its characteristic formula and see who pays what',
  async ({ page, baseUrl }) => {
    await openModel(page, baseUrl);
    await page.getByLabel('Start from').selectOption('rapid-reaction-force-2009');
    const shares = page.getByRole('table', { name: 'Shapley shares' });
    await shares.waitFor();
    const before = (await shares.getByRole('row', { name: /^RUS/ }).textContent()) ?? '';
    expect(
      before.includes('49.5%') && before.includes('75.0%'),
      `Russia's Shapley share beside history: ${before}`,
    );
    const formula = page.getByLabel('Formula over parameters and in_<PLAYER>');
    const text = await formula.inputValue();
    await formula.fill(text.replace('in_RUS * need_RUS', 'in_RUS * need_RUSS'));
    const problems =
      (await page.getByRole('alert', { name: 'Model problems' }).textContent()) ?? '';
    expect(problems.includes('/characteristic/formula'), `the formula's path: ${problems}`);
    // Without overlap the cost is the largest need alone: an airport game, Russia pays more.
    await formula.fill(text);
    await page.getByText('The model is valid.').waitFor();
    const valid = (await shares.textContent()) ?? '';
    await page
      .getByLabel("Share of each extra member's need not covered by the largest (exact value)")
      .fill('0');
    await page
      .getByLabel("Share of each extra member's need not covered by the largest (exact value)")
      .press('Enter');
    await page.waitForFunction(
      (old) => document.querySelector('[aria-label="Shapley shares"]')?.textContent !== old,
      valid,
    );
    const after = (await shares.getByRole('row', { name: /^RUS/ }).textContent()) ?? '';
    expect(after !== before, `Russia's share moves: ${after}`);
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    const cost = page.getByRole('table', { name: 'Cost shares' });
    await cost.waitFor();
    expect(
      ((await cost.textContent()) ?? '').includes('actually carried'),
      'history beside the concepts',
    );
  },
);

e2eTest(
  'edit the calendar: an event that moves a parameter reaches the briefing of the edited model',
  async ({ page, baseUrl }) => {
    await openModel(page, baseUrl);
    // Tashkent, 2 September (the seventh event): from that day Russia values the support
    // clause at 2.5. Private values are not offered: an event moves only public numbers.
    await page.getByRole('button', { name: 'Add effect to event 7' }).click();
    const parameter = page.getByLabel('Parameter moved by event 7, effect 1');
    const offered = await parameter.locator('option').allTextContents();
    expect(!offered.includes('Belarus: Western stake'), `private values are not offered`);
    await parameter.selectOption({ label: "Russia's value: support for Russia's role" });
    const value = page.getByLabel('New value (event 7, effect 1)');
    await value.fill('2.5');
    await page.getByText('The model is valid.').waitFor();
    const diff =
      (await page.getByRole('region', { name: 'Changes from the bundled model' }).textContent()) ??
      '';
    expect(
      diff.includes('/calendar/events/6/effects'),
      `the diff names the calendar's new effect: ${diff}`,
    );
    await page.getByRole('tab', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Play as Russia' }).click();
    const briefing = (await page.getByRole('region', { name: 'Briefing' }).textContent()) ?? '';
    expect(
      /2008-09-02[^]*From this day the model changes: Russia's value: support for Russia's role = 2\.5/.test(
        briefing,
      ),
      `the briefing tells the new effect on its day: ${briefing.slice(0, 1500)}`,
    );
  },
);
