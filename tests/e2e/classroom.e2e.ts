/**
 * The classroom in three browsers: a teacher creates a session and projects the code; two
 * students join by the link and are seated (Russia first); they play each other, one
 * reloads mid-game and gets the seat back, the other leaves and the AI stands in; the
 * teacher's monitor shows it, the class debrief appears, and the CSV holds the table.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { e2eTest, expect } from './harness';

async function student(browser: Browser, url: string, name: string, phone = false) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 } } : { viewport: { width: 1280, height: 860 } },
  );
  context.setDefaultTimeout(180_000);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
  return { context, page };
}

/**
 * Press the first move whenever it is this student's turn (the leader proposes the draft
 * its editor holds); true once the result shows.
 */
async function step(page: Page): Promise<boolean> {
  if (await page.getByRole('region', { name: 'Your result' }).isVisible()) return true;
  const propose = page.getByRole('button', { name: 'Propose draft' });
  const first = page.getByRole('group', { name: 'Actions' }).getByRole('button').first();
  const button = (await propose.isVisible()) ? propose : first;
  // The frame may change between looking and clicking: then the next step looks again.
  if (await button.isVisible()) await button.click({ timeout: 2000 }).catch(() => {});
  return false;
}

e2eTest(
  'a class: teacher and two students play to the class debrief',
  async ({ page, browser, baseUrl, screenshot }) => {
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Classroom' }).click();
    await page.getByLabel(/^Tables/).fill('1');
    await page.getByRole('button', { name: 'Create session' }).click();
    const code = (await page.getByTestId('join-code').textContent())?.trim() ?? '';
    expect(/^[A-Z0-9]{4,8}$/.test(code), `join code "${code}"`);
    const link = `${baseUrl}?join=${code}`;

    const anna = await student(browser, link, 'Anna');
    const boris = await student(browser, link, 'Boris', true);
    await page.getByText('Boris —').waitFor();
    await screenshot('classroom-lobby');
    await page.getByRole('button', { name: 'Start' }).click();

    await anna.page.getByRole('heading', { name: /You play Russia/ }).waitFor();
    const borisHeading = boris.page.getByRole('heading', { name: /You play/ });
    await borisHeading.waitFor();
    const borisRole = (await borisHeading.textContent()) ?? '';
    expect(!borisRole.includes('Russia'), `Boris plays ${borisRole}`);

    // A few moves each, then Boris reloads: the seat is his again.
    for (let i = 0; i < 12; i++) {
      await step(anna.page);
      await step(boris.page);
      await page.waitForTimeout(100);
    }
    await boris.page.reload();
    await boris.page.getByRole('heading', { name: borisRole.trim() }).waitFor();
    await screenshot('classroom-monitor');
    await boris.page.screenshot({
      path: 'tests/e2e/output/classroom-student-phone.png',
      fullPage: true,
    });

    // Anna leaves: after the grace period the AI plays Russia, and the monitor says so.
    await anna.context.close();
    await page.getByText('RUS: AI').waitFor();

    let done = false;
    for (let i = 0; i < 600 && !done; i++) {
      done = await step(boris.page);
      if (!done) await boris.page.waitForTimeout(100);
    }
    expect(done, 'Boris sees his result');
    const debrief = page.getByRole('region', { name: 'Class debrief' });
    await debrief.getByText('1 of 1 tables finished').waitFor();
    await screenshot('classroom-debrief');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export class CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('table,row,index,role,player,'), 'CSV header');
    expect(/\r\n1,outcome,,RUS,AI,(true|false),/.test(csv), 'the table outcome row for Russia');
    expect(csv.includes(',Boris,'), 'Boris in the CSV');
    expect(/\r\n1,move,1,RUS,/.test(csv), 'the moves of the table');
    // Any table opens in Replay, move by move, as the teacher sees it.
    await page.getByRole('button', { name: 'Replay table 1' }).click();
    const replay = page.getByRole('region', { name: 'Replay' });
    const moves = csv.split('\r\n').filter((l) => l.startsWith('1,move,')).length;
    await replay.getByText(`Move 0 of ${moves} — `, { exact: false }).waitFor();
    await replay.getByRole('button', { name: 'Step forward' }).click();
    await replay.getByText(`Move 1 of ${moves} — `, { exact: false }).waitFor();
    expect(
      (await page.getByRole('tab', { name: 'Replay' }).getAttribute('aria-selected')) === 'true',
      'the Replay tab is open',
    );
    await boris.context.close();
  },
);
