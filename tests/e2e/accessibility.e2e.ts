/**
 * Accessibility (issue 13, item 6): axe-core, run inside the page, reports no serious or
 * critical violation on any tab, and a game can be played with the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { e2eTest, expect } from './harness';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations on the page as it stands, one line each. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    );
}

e2eTest('axe finds no serious or critical violation on any tab', async ({ page, baseUrl }) => {
  const found: string[] = [];
  const check = async (where: string) => {
    for (const v of await violations(page)) found.push(`${where}: ${v}`);
  };
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Play as Russia' }).waitFor();
  await check('Play, start');
  await page.getByRole('button', { name: 'Play as Russia' }).click();
  await page.getByRole('button', { name: 'Start lobbying' }).click();
  await page.getByRole('group', { name: 'Actions' }).waitFor();
  await check('Play, table');
  for (const tab of ['Analysis', 'Model', 'Replay', 'Calculator', 'Classroom']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    // Each tab's content is in when its first heading shows.
    await page.getByRole('tabpanel').first().getByRole('heading').first().waitFor();
    await check(tab);
  }
  // And the debrief, after a game as Belarus.
  await page.getByRole('tab', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Play as Belarus' }).click();
  const debrief = page.getByRole('region', { name: 'Debrief' });
  const actions = page.getByRole('group', { name: 'Actions' });
  for (let n = 0; n < 80 && !(await debrief.isVisible()); n++)
    await actions.getByRole('button').first().click();
  await debrief.getByRole('table', { name: 'Solution concepts' }).waitFor();
  await check('Play, debrief');
  expect(found.length === 0, `accessibility violations:\n${found.join('\n')}`);
});

e2eTest('a game can be played with the keyboard alone', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  /** Tab to the button with this name and press Enter. */
  const press = async (name: RegExp) => {
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLButtonElement ? (el.textContent ?? '').trim() : '';
      });
      if (name.test(focused)) {
        await page.keyboard.press('Enter');
        return;
      }
    }
    throw new Error(`no button ${name} reachable with Tab`);
  };
  await page.getByRole('button', { name: 'Play as Belarus' }).waitFor();
  await press(/^Play as Belarus$/);
  await page.getByRole('group', { name: 'Actions' }).waitFor();
  const debrief = page.getByRole('region', { name: 'Debrief' });
  for (let n = 0; n < 60 && !(await debrief.isVisible()); n++) {
    const first = page.getByRole('group', { name: 'Actions' }).getByRole('button').first();
    if (!(await first.isVisible())) break;
    const label = ((await first.textContent()) ?? '').trim();
    await page.locator('body').focus();
    await press(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  }
  await debrief.waitFor();
});
