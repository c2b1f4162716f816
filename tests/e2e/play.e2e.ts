/** Playing in the browser: full games as Russia and as Belarus, reload, export and import. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { e2eTest, expect } from './harness';

/**
 * Press the first available move until the debrief shows; returns the number of moves.
 * Moves matching `prefer` go first; after 30 moves the leader calls the summit rather than
 * offer on (members' drawn costs may keep some refusing for days).
 */
async function playToDebrief(page: Page, limit = 200, prefer: RegExp[] = []): Promise<number> {
  const debrief = page.getByRole('region', { name: 'Debrief' });
  const actions = page.getByRole('group', { name: 'Actions' });
  for (let n = 0; n < limit; n++) {
    if (await debrief.isVisible()) return n;
    // The leader writes the text in the draft editor; everything else is in the move menu.
    const propose = page.getByRole('button', { name: 'Propose draft' });
    if (await propose.isVisible()) {
      await propose.click();
      continue;
    }
    let chosen = actions.getByRole('button').first();
    for (const name of [...prefer, ...(n >= 30 ? [/^Call the summit$/] : [])]) {
      const b = actions.getByRole('button', { name }).first();
      if (await b.isVisible()) {
        chosen = b;
        break;
      }
    }
    await chosen.click();
  }
  throw new Error(`no debrief after ${limit} moves`);
}

async function start(page: Page, baseUrl: string, role: string, history = false) {
  await page.goto(baseUrl);
  if (history) {
    // Rational opponents at the calibrated costs (a custom game in history mode).
    await page.getByLabel('Difficulty').selectOption('custom');
    await page.getByRole('checkbox', { name: /History mode/ }).check();
  }
  await page.getByRole('button', { name: `Play as ${role}` }).click();
  await page.getByRole('group', { name: 'Actions' }).waitFor();
}

e2eTest('a full game as Russia, to the debrief', async ({ page, baseUrl, screenshot }) => {
  // In history mode Russia's believed prices are the true ones: it buys every member.
  await start(page, baseUrl, 'Russia', true);
  // The briefing comes first: the calendar, Russia's values, its budget, the scoring.
  const briefing = page.getByRole('region', { name: 'Briefing' });
  const brief = (await briefing.textContent()) ?? '';
  for (const words of ['2008-08-14', 'Putin gives Belarus', '2008-09-05', 'budget of', 'scored'])
    expect(brief.includes(words), `the briefing says ${words}: ${brief}`);
  await screenshot('play-russia-briefing');
  await page.getByRole('button', { name: 'Start lobbying' }).click();
  await page.getByRole('button', { name: /^Offer BLR the planned text for/ }).waitFor();
  await screenshot('play-russia-table');
  const moves = await playToDebrief(page);
  expect(moves > 5, `a real game takes several moves, took ${moves}`);
  const debrief = page.getByRole('region', { name: 'Debrief' });
  await debrief.getByText('What happened in 2008').waitFor();
  // The nucleolus comes from the Web Worker (HiGHS): its column fills in.
  await debrief.getByRole('table', { name: 'Solution concepts' }).waitFor();
  // The chart of gains has a value axis with its title, and 2008 beside the game.
  const chart = debrief.getByRole('img', { name: /Gains over walking away in this game/ });
  await chart.waitFor();
  const chartText = (await chart.textContent()) ?? '';
  expect(
    chartText.includes('gain over walking away, US$ bn') && chartText.includes('2008'),
    `the chart's axis is titled and 2008 is a series: ${chartText}`,
  );
  expect(
    (await debrief.textContent())?.includes('The declaration was adopted'),
    'adopted with every member bought',
  );
  // Each payment as two labelled figures: Belarus's credit is worth more to it than it costs.
  const belarus = debrief
    .getByRole('table', { name: 'Outcome by player' })
    .getByRole('row', { name: /^Belarus/ });
  const [value, cost] = (await belarus.getByRole('cell').allTextContents()).slice(1, 3).map(Number);
  expect(
    (value ?? 0) > 0 && (cost ?? 0) > 0 && (value ?? 0) > (cost ?? 0),
    `Belarus's payment: value ${value} to it, cost ${cost} to Russia`,
  );
  const terms = (await debrief.getByTestId('statement-terms').textContent()) ?? '';
  expect(
    terms.includes('7 of 7 signed') && terms.includes('all 7 must sign') && terms.includes('L = 1'),
    `Russia's payoff is explained: ${terms}`,
  );
  const score = (await debrief.getByTestId('score').textContent()) ?? '';
  expect(
    /Your score as Russia: [+−][\d.]+ US\$ bn over walking away/.test(score) &&
      score.includes('Baron–Ferejohn') &&
      score.includes('in 2008 Russia got +3.369'),
    `the score beside the models and 2008: ${score}`,
  );
  // A fresh browser: this first game is the best kept so far.
  expect(
    score.includes(
      'This is your best as Russia on this scenario at Custom (rational, history mode) so far',
    ),
    `the best score is kept in the browser: ${score}`,
  );
  // The message log stays through the debrief, scrolled to its newest message.
  const list = page.getByRole('region', { name: 'Message log' }).getByRole('list');
  await list.getByText(/The game is over/).waitFor();
  const atEnd = await list.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
  expect(atEnd, 'the log shows its newest message');
  await screenshot('play-russia-debrief');
});

e2eTest('a full game as Belarus, to the debrief', async ({ page, baseUrl, screenshot }) => {
  await start(page, baseUrl, 'Belarus');
  await page.getByRole('button', { name: 'Accept', exact: true }).waitFor();
  const brief = (await page.getByRole('region', { name: 'Briefing' }).textContent()) ?? '';
  expect(
    brief.includes('Your walk-away option') && brief.includes('-0.400 bn'),
    `Belarus is told its walk-away value: ${brief}`,
  );
  await screenshot('play-belarus-offer');
  // Belarus refuses at the vote: under consensus the text becomes a joint statement.
  await playToDebrief(page, 200, [/^Refuse/]);
  const debrief = page.getByRole('region', { name: 'Debrief' });
  const text = (await debrief.textContent()) ?? '';
  expect(text.includes('No declaration was adopted'), 'one refusal sinks it under consensus');
  const terms = (await debrief.getByTestId('statement-terms').textContent()) ?? '';
  // Six of seven signed: L = 0.3 × (6 − 1)/(7 − 1) = 0.250 of a declaration.
  expect(
    terms.includes('The vote fell short') &&
      terms.includes('6 of 7 signed') &&
      terms.includes('= 0.250 of a declaration'),
    `the partial joint statement is explained: ${terms}`,
  );
});

e2eTest('a reload in the middle restores the game', async ({ page, baseUrl }) => {
  await start(page, baseUrl, 'Russia');
  await page.getByRole('button', { name: 'Start lobbying' }).click();
  await page
    .getByRole('button', { name: /^Offer ARM/ })
    .first()
    .click();
  const log = page.getByRole('region', { name: 'Message log' }).getByRole('listitem');
  const before = await log.count();
  expect(before >= 3, `moves were logged (${before})`);
  await page.reload();
  await page.getByRole('group', { name: 'Actions' }).waitFor();
  expect((await log.count()) === before, 'the same messages after a reload');
});

e2eTest(
  'a difficulty level sets the opponents: Hard is Boulware with drawn costs',
  async ({ page, baseUrl }) => {
    await page.goto(baseUrl);
    await page.getByLabel('Difficulty').selectOption('hard');
    await page
      .getByTestId('difficulty')
      .getByText(/Boulware/)
      .waitFor();
    await page.getByRole('button', { name: 'Play as Belarus' }).click();
    await page.getByRole('group', { name: 'Actions' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export game' }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(
      saved.config.strategy === 'boulware' && saved.config.history === false,
      `the game is played against the Hard profile: ${JSON.stringify(saved.config)}`,
    );
  },
);

e2eTest('export a game, then import it into a fresh page', async ({ page, baseUrl, browser }) => {
  await start(page, baseUrl, 'Belarus');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export game' }).click(),
  ]);
  const path = await download.path();
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.config.role === 'BLR' && saved.saved.events.length > 0, 'the export holds the game');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(baseUrl);
  await other.getByLabel('Import game').setInputFiles(path);
  await other.getByRole('heading', { name: 'You play Belarus' }).waitFor();
  const count = await other
    .getByRole('region', { name: 'Message log' })
    .getByRole('listitem')
    .count();
  expect(
    count ===
      (await page.getByRole('region', { name: 'Message log' }).getByRole('listitem').count()),
    'same log',
  );
  await fresh.close();
});

e2eTest(
  'a refused import changes nothing: the game in progress stays, also after a reload',
  async ({ page, baseUrl }) => {
    await start(page, baseUrl, 'Russia');
    await page.getByRole('button', { name: 'Start lobbying' }).click();
    const log = page.getByRole('region', { name: 'Message log' }).getByRole('listitem');
    const before = await log.count();
    const saved = await page.evaluate(() => localStorage.getItem('summit-lab:game'));
    const scenario = readFileSync(new URL('../../models/moscow-2008.json', import.meta.url));
    const attempts = [
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') },
      { name: 'moscow-2008.json', mimeType: 'application/json', buffer: scenario },
      {
        name: 'tampered.json',
        mimeType: 'application/json',
        buffer: Buffer.from(saved!.replace('"seed":', '"seed":"x","was":')),
      },
    ];
    for (const file of attempts) {
      await page.getByLabel('Import game').setInputFiles(file);
      await page.getByRole('alert').getByText(`"${file.name}" could not be imported`).waitFor();
      await page.getByText('Your game in progress is unchanged').waitFor();
      expect((await log.count()) === before, `${file.name}: the game is still on the table`);
      expect(
        (await page.evaluate(() => localStorage.getItem('summit-lab:game'))) === saved,
        `${file.name}: the saved game is untouched`,
      );
    }
    await page.reload();
    await page.getByRole('group', { name: 'Actions' }).waitFor();
    expect((await log.count()) === before, 'the game survives a reload');
  },
);

e2eTest(
  'corrupt saved data gives a message and a fresh start, not a blank page',
  async ({ page, baseUrl }) => {
    await page.goto(baseUrl);
    // Wait until this page has read the (empty) storage, or it would consume what we write.
    await page.getByRole('button', { name: 'Play as Russia' }).waitFor();
    await page.evaluate(() =>
      localStorage.setItem(
        'summit-lab:game',
        '{"config": {"scenarioId": "moscow-2008"}, "moves": [], "saved": {}}',
      ),
    );
    await page.reload();
    await page.getByRole('alert').getByText('could not be restored').waitFor();
    await page.getByRole('button', { name: 'Play as Russia' }).waitFor();
    const kept = await page.evaluate(() => localStorage.getItem('summit-lab:game:unreadable'));
    expect(kept?.includes('"moves": []') === true, 'the unreadable data is set aside, not lost');
  },
);

e2eTest(
  'Russia composes an offer with the builder: clauses and instrument sliders',
  async ({ page, baseUrl, screenshot }) => {
    await start(page, baseUrl, 'Russia');
    await page.getByRole('button', { name: 'Start lobbying' }).click();
    await page.getByLabel('Member', { exact: true }).selectOption('BLR');
    // It starts empty, each clause's wording in view (phones have no hover).
    const builder = page.getByRole('group', { name: /Offer to/ });
    for (const box of await builder.getByRole('checkbox').all())
      expect(!(await box.isChecked()), 'no clause is ticked at the start');
    await builder.getByText(/call on NATO countries/).waitFor({ state: 'visible' });
    const credit = page.getByRole('slider', { name: /Stabilization credit/ });
    await credit.fill('1');
    await page.getByText(/Total: costs Russia 0\.080 bn/).waitFor();
    await screenshot('play-offer-builder');
    await page.getByRole('button', { name: 'Send offer' }).click();
    await page
      .getByRole('region', { name: 'Message log' })
      .getByText(/Russia offers Belarus: .*Stabilization credit[^:]*: 1/)
      .waitFor();
  },
);

e2eTest('Belarus answers with a counter-offer', async ({ page, baseUrl }) => {
  await start(page, baseUrl, 'Belarus');
  await page.getByRole('button', { name: 'Counter', exact: true }).click();
  await page.getByRole('slider', { name: /Stabilization credit/ }).fill('2');
  await page.getByRole('button', { name: 'Send counter-offer' }).click();
  await page
    .getByRole('region', { name: 'Message log' })
    .getByText(/Belarus counters: .*Stabilization credit[^:]*: 2/)
    .waitFor();
});

e2eTest(
  "Russia's credibility after withholding carries into the next summit of a series",
  async ({ page, baseUrl, screenshot }) => {
    await start(page, baseUrl, 'Russia');
    await page.getByRole('button', { name: 'Start lobbying' }).click();
    // Play on, withholding every promise once the vote is over.
    const debrief = page.getByRole('region', { name: 'Debrief' });
    await playToDebrief(page, 200, [/^Withhold/]);
    await debrief.waitFor();
    const line = (await debrief.getByTestId('credibility-left').textContent()) ?? '';
    const left = Number(/leaves this summit at (\d+)%/.exec(line)?.[1]);
    expect(left < 75, `withholding lowers credibility (now ${left}%)`);
    await page.getByRole('button', { name: 'Next summit of the series' }).click();
    const briefing = page.getByRole('region', { name: 'Briefing' });
    await briefing.getByText('Summit 2 of a series.').waitFor();
    await screenshot('play-series-briefing');
    const text = (await briefing.textContent()) ?? '';
    expect(
      text.includes(`credibility starts at ${left}%`),
      `the briefing carries ${left}: ${text.slice(0, 200)}`,
    );
  },
);

e2eTest(
  'the same offer to Uzbekistan is refused on day 0 and accepted after the SCO summit of 28 August',
  async ({ page, baseUrl }) => {
    // Rational opponents at the calibrated costs: only the calendar changes between offers.
    await start(page, baseUrl, 'Russia', true);
    await page.getByRole('button', { name: 'Start lobbying' }).click();
    const text = ['nato-warning', 'concern-force', 'no-double-standards', 'support-russia-role'];
    const log = page.getByRole('region', { name: 'Message log' });
    const sendToUzbekistan = async () => {
      await page.getByLabel('Member', { exact: true }).selectOption('UZB');
      for (const box of await page
        .getByRole('group', { name: /Offer to/ })
        .getByRole('checkbox')
        .all()) {
        const id = ((await box.getAttribute('value')) ?? '').trim();
        await box.setChecked(text.includes(id));
      }
      await page.getByRole('slider', { name: /concessions to Uzbekistan/ }).fill('0.05');
      await page.getByRole('button', { name: 'Send offer' }).click();
    };
    await sendToUzbekistan();
    await log.getByText(/Uzbekistan rejects the offer/).waitFor();
    for (let day = 0; day < 15; day++) await page.getByRole('button', { name: 'Next day' }).click();
    await page
      .getByText(/2008-08-29/)
      .first()
      .waitFor();
    await sendToUzbekistan();
    await log.getByText(/Uzbekistan accepts/).waitFor();
  },
);

e2eTest(
  'a Belarus that demands every instrument at its maximum is refused by the default opponents',
  async ({ page, baseUrl }) => {
    await start(page, baseUrl, 'Belarus');
    await page.getByRole('button', { name: 'Counter', exact: true }).click();
    for (const slider of await page.getByRole('slider').all()) {
      const max = await slider.getAttribute('max');
      if (max) await slider.fill(max);
    }
    await page.getByRole('button', { name: 'Send counter-offer' }).click();
    const log = page.getByRole('region', { name: 'Message log' });
    await log.getByText(/Russia rejects the offer/).waitFor();
    expect(
      !(await log.textContent())?.includes('Russia accepts'),
      'Russia does not accept the maximal demand',
    );
  },
);

e2eTest(
  'the map colours members by stance as the game moves',
  async ({ page, baseUrl, screenshot }) => {
    await start(page, baseUrl, 'Russia');
    const map = page.getByRole('img', { name: /^Map of the region/ });
    expect(
      (await map.getAttribute('aria-label'))?.includes('Belarus: undecided'),
      'Belarus starts undecided',
    );
    // Every player is named on the map itself, not only in its description.
    const names = await map.locator('text').allTextContents();
    for (const country of [
      'Russia',
      'Belarus',
      'Armenia',
      'Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'Uzbekistan',
    ])
      expect(names.includes(country), `the map labels ${country}: ${names.join(', ')}`);
    await page.getByRole('button', { name: 'Start lobbying' }).click();
    await page.getByRole('button', { name: /^Offer BLR the planned text for/ }).click();
    await page.getByRole('img', { name: /Belarus: committed/ }).waitFor();
    await screenshot('play-map');
  },
);

e2eTest('Russia writes its own draft and proposes it', async ({ page, baseUrl }) => {
  await start(page, baseUrl, 'Russia');
  await page.getByRole('button', { name: 'Start lobbying' }).click();
  await page.getByRole('button', { name: 'Call the summit' }).click();
  await page.getByRole('checkbox', { name: 'support-russia-role' }).uncheck();
  await page.getByRole('button', { name: 'Propose draft' }).click();
  const log = page.getByRole('region', { name: 'Message log' });
  await log
    .getByText(/Russia proposes the text: nato-warning, concern-force, no-double-standards(?!,)/)
    .waitFor();
  expect(
    !(await log.textContent())?.includes(
      'proposes the text: nato-warning, concern-force, no-double-standards, support',
    ),
    'the unticked clause is left out',
  );
});

e2eTest(
  'replay steps forward and back, from a role or the teacher',
  async ({ page, baseUrl, screenshot }) => {
    await start(page, baseUrl, 'Belarus');
    await playToDebrief(page);
    await page.getByRole('tab', { name: 'Replay' }).click();
    const messages = page.getByRole('list', { name: 'Replayed messages' }).getByRole('listitem');
    await page.getByText(/^Move 0 of \d+/).waitFor();
    expect((await messages.count()) === 0, 'nothing before the first move');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    const two = await messages.count();
    expect(two >= 1, `messages after two moves (${two})`);
    await page.getByRole('button', { name: 'Step back' }).click();
    expect((await messages.count()) <= two, 'stepping back shows no more than before');
    // The teacher sees every thread; Belarus does not see Russia's offer to Armenia.
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    const teacher =
      (await page.getByRole('list', { name: 'Replayed messages' }).textContent()) ?? '';
    await page.getByLabel('View as').selectOption('BLR');
    const belarus =
      (await page.getByRole('list', { name: 'Replayed messages' }).textContent()) ?? '';
    expect(
      teacher.includes('Russia offers Armenia') && !belarus.includes('Russia offers Armenia'),
      'views differ by role',
    );
    // No private reason of another member leaks into Belarus's view of the replay.
    const shown = (await page.getByRole('region', { name: 'Replay' }).textContent()) ?? '';
    expect(!shown.includes('Last move'), 'the raw last move is for the teacher only');
    await screenshot('replay');
  },
);

e2eTest(
  'on a phone (390 × 844) no tab scrolls sideways, and Belarus can play',
  async ({ page, baseUrl, screenshot }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(baseUrl);
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.getByRole('button', { name: 'Play as Belarus' }).waitFor();
    expect((await sideways()) <= 0, `start screen: ${await sideways()} px too wide`);
    await page.getByRole('button', { name: 'Play as Belarus' }).click();
    await page.getByRole('button', { name: 'Accept', exact: true }).waitFor();
    expect((await sideways()) <= 0, `the table: ${await sideways()} px too wide`);
    await screenshot('phone-play', false);
    for (const [tab, ready] of [
      ['Analysis', 'Solution concepts'],
      ['Model', 'Model predictions'],
      ['Calculator', 'Solution concepts'],
    ] as const) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page
        .locator(`#view-${tab}`)
        .getByRole(tab === 'Model' ? 'region' : 'table', { name: ready })
        .first()
        .waitFor();
      expect((await sideways()) <= 0, `${tab}: ${await sideways()} px too wide`);
      await screenshot(`phone-${tab.toLowerCase()}`, false);
    }
  },
);
