/** The Analysis tab: the scenario's coalition table, filters and sorting, and the concepts. */
import { execSync } from 'node:child_process';
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
    const concepts = page.getByRole('table', { name: 'Solution concepts' });
    const nucleolus = concepts.getByRole('row', { name: /^Nucleolus/ });
    await nucleolus.waitFor();
    const nuc = (await nucleolus.textContent()) ?? '';
    expect(nuc.includes('= 88/625'), `exact fractions of the calibrated model: ${nuc}`);
    for (const name of [/^Agenda setter/, /^Baron–Ferejohn/, /^Krishna–Serrano/, /^Ståhl/]) {
      expect(
        (await concepts.getByRole('row', { name }).count()) === 1,
        `the scenario adds its bargaining concept ${name}`,
      );
    }
    const pairwise =
      (await concepts.getByRole('row', { name: /^Nash-in-Nash/ }).textContent()) ?? '';
    expect(
      pairwise.includes('Hold-up: no bilateral split exists'),
      `pairwise Nash comes only with its hold-up verdict: ${pairwise}`,
    );
    const verdicts = (await page.getByTestId('concept-verdicts').textContent()) ?? '';
    expect(
      /Counter-lobbying.*costs the leader 5\.396 bn/.test(verdicts),
      `the cost of protecting the vote, in words: ${verdicts}`,
    );
    const caveat = (await page.getByTestId('pair-caveat').textContent()) ?? '';
    expect(
      caveat.includes('not a joint prediction'),
      `the pair pictures say what they are: ${caveat}`,
    );
    // One pair at a time: choosing Uzbekistan redraws the frontier for RUS and UZB.
    await page.getByLabel('Bargaining pair').selectOption('UZB');
    await page.getByLabel('Bargaining frontier of RUS and UZB').waitFor();
    const lesson = (await page.getByTestId('core-lesson').textContent()) ?? '';
    expect(lesson.includes('Under consensus every member holds a veto'), lesson);
    // Baron–Ferejohn's recognition slider: at 100% Russia is the agenda setter.
    const line = page.getByTestId('bf-recognition');
    const before = (await line.textContent()) ?? '';
    expect(before.includes('RUS proposing 14% of the days'), before);
    await page.getByLabel('Recognition probability of RUS').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = '1';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.getByText('RUS proposing 100% of the days').waitFor();
    const after = (await line.textContent()) ?? '';
    const setter =
      (await concepts.getByRole('row', { name: /^Agenda setter/ }).textContent()) ?? '';
    const rus = /RUS (-?[\d.]+)/.exec(after)?.[1] ?? 'none';
    expect(setter.includes(rus), `at 100% RUS gets the agenda setter's ${rus}: ${setter}`);
    await screenshot('analysis');
  },
);

e2eTest(
  'a sweep runs to completion and can be cancelled',
  async ({ page, baseUrl, screenshot }) => {
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    await page.getByRole('button', { name: 'Run sweep' }).click();
    const map = page.getByRole('img', { name: "Sweep heat map of the leader's cost" });
    await map.waitFor();
    const cells = await map.locator('g[data-feasible]').count();
    expect(cells === 21 * 21, `one cell per grid point (got ${cells})`);
    const texts = await page
      .getByRole('list', { name: 'Adopted texts' })
      .getByRole('listitem')
      .count();
    expect(texts > 1, `the adopted text changes across the grid (${texts} texts)`);
    // The axes start inside the model's plausible ranges, and the command the panel prints
    // runs from the repository's folder and gives the same grid.
    expect(
      (await page.getByLabel('Parameter 2 from').inputValue()) === '0.5',
      'the budget axis starts at the low end of its plausible range (0.5), not 0',
    );
    const command = (await page.getByTestId('sweep-cli').locator('code').textContent()) ?? '';
    expect(
      command.startsWith('npm run -s cli -- sweep models/moscow-2008.json'),
      `the bundled model is named by its path: ${command}`,
    );
    const cliRows = (
      JSON.parse(execSync(command, { encoding: 'utf8', cwd: process.cwd() })) as {
        rows: { text: string[] }[];
      }
    ).rows;
    const cliTexts = new Set(cliRows.map((r) => r.text.join(' + ')));
    expect(
      cliRows.length === 21 * 21 && cliTexts.size === texts,
      `the CLI gives the same grid (${cliRows.length} rows, ${cliTexts.size} texts)`,
    );
    await page.getByRole('button', { name: 'Run sweep' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -80));
    await screenshot('sweep', false);
    // A big grid: cancel it part way.
    await page.getByLabel('Parameter 1 points').fill('201');
    await page.getByLabel('Parameter 1 points').press('Enter');
    await page.getByLabel('Parameter 2 points').fill('201');
    await page.getByLabel('Parameter 2 points').press('Enter');
    await page.getByRole('button', { name: 'Run sweep' }).click();
    const bar = page.getByRole('progressbar', { name: 'Sweep progress' });
    await page.waitForFunction(() => {
      const p = document.querySelector(
        'progress[aria-label="Sweep progress"]',
      ) as HTMLProgressElement | null;
      return p !== null && p.value > 0;
    });
    expect((await bar.count()) === 1, 'a progress bar while it runs');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const status =
      (await page.getByRole('status').filter({ hasText: 'Cancelled' }).textContent()) ?? '';
    expect(/Cancelled after \d+ of 40401 points/.test(status), status);
    expect((await map.count()) === 0, 'no heat map from a cancelled sweep');
    expect(await page.getByRole('button', { name: 'Run sweep' }).isEnabled(), 'ready to run again');
  },
);

e2eTest(
  'analysis of a calculator game: exact fractions, core simplex and core ranges',
  async ({ page, baseUrl, screenshot }) => {
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    await page.getByLabel('Game to analyse').selectOption('three-person');
    await page.getByRole('heading', { name: /Three partners/ }).waitFor();
    const table = page.getByRole('table', { name: 'Solution concepts' });
    await table.getByRole('row', { name: /Core range/ }).waitFor();
    const range = (await table.getByRole('row', { name: /Core range/ }).textContent()) ?? '';
    expect(
      range.includes('36 – 42') && range.includes('18 – 24') && range.includes('6 – 12'),
      range,
    );
    const shapley = (await table.getByRole('row', { name: /^Shapley value/ }).textContent()) ?? '';
    expect(/32\s*23\s*17/.test(shapley), `Shapley (32, 23, 17): ${shapley}`);
    const simplex = page.getByRole('img', { name: 'Core simplex of A, B and C' });
    await simplex.waitFor();
    expect((await simplex.getByTestId('core-polygon').count()) === 1, 'the core polygon is drawn');
    await page
      .getByRole('heading', { name: 'The core through three players' })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot('core-simplex', false);
    // The glove game: Shapley (2/3, 1/6, 1/6), exactly.
    await page.getByLabel('Game to analyse').selectOption('glove');
    await page.getByRole('heading', { name: /Glove game/ }).waitFor();
    const glove = page
      .getByRole('table', { name: 'Solution concepts' })
      .getByRole('row', { name: /^Shapley value/ });
    await glove.filter({ hasText: '= 2/3' }).waitFor();
    expect(((await glove.textContent()) ?? '').includes('= 1/6'), 'exact sixths');
  },
);

e2eTest(
  'the statechart lights the phase of the game in Play',
  async ({ page, baseUrl, screenshot }) => {
    await page.goto(baseUrl);
    await page.getByRole('button', { name: /Play as Belarus/ }).click();
    await page.getByRole('group', { name: 'Actions' }).waitFor();
    await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
    const chart = page.getByRole('img', { name: 'Summit statechart' });
    await chart.waitFor();
    const lit = await chart.locator('[aria-current="step"]').getAttribute('data-state');
    expect(lit === 'lobbying', `lobbying is lit (got ${lit})`);
    const threads =
      (await page.getByRole('img', { name: /Lobbying thread statechart/ }).textContent()) ?? '';
    expect(threads.includes('BLR'), 'the member threads are placed in their states');
    await chart.scrollIntoViewIfNeeded();
    await screenshot('statechart', false);
  },
);
