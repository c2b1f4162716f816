import { describe, expect, test } from 'vitest';
import { cli } from './cliHarness';
import { parseAxis, sweep } from '../../engine/simulation/sweep';
import { loadScenario } from '../scenario/loadScenario';

const MOSCOW = 'models/moscow-2008.json';

describe('sweep grid values', () => {
  test('are the decimal values a person expects (0:0.6:7 gives 0.1, 0.2, …)', () => {
    const r = sweep(loadScenario('moscow-2008'), [
      { parameter: 'leader_budget', from: 0, to: 0.6, steps: 7 },
    ]);
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.value.map((row) => row.params.leader_budget)).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6,
    ]);
  });
});

describe('cli sweep', () => {
  test('rows over the grid, the first parameter slowest, both ends included', async () => {
    const { code, out } = await cli(
      'sweep',
      MOSCOW,
      '--param',
      'west_BLR=0.5:1.5:3',
      '--param',
      'leader_budget=0.1:2:2',
      '--json',
    );
    expect(code).toBe(0);
    const { rows } = JSON.parse(out[0] as string);
    expect(rows.map((r: { params: object }) => r.params)).toEqual([
      { west_BLR: 0.5, leader_budget: 0.1 },
      { west_BLR: 0.5, leader_budget: 2 },
      { west_BLR: 1, leader_budget: 0.1 },
      { west_BLR: 1, leader_budget: 2 },
      { west_BLR: 1.5, leader_budget: 0.1 },
      { west_BLR: 1.5, leader_budget: 2 },
    ]);
    for (const r of rows) expect(Object.keys(r)).toEqual(['params', 'feasible', 'cost', 'text']);
  });

  test('a higher Western stake makes Belarus dearer; the calibrated point matches the optimum', async () => {
    const { out } = await cli('sweep', MOSCOW, '--param', 'west_BLR=1:3:3', '--json');
    const costs = JSON.parse(out[0] as string).rows.map((r: { cost: number }) => r.cost);
    expect(costs[0]).toBeLessThan(costs[1]);
    expect(costs[1]).toBeLessThan(costs[2]);
    const solved = JSON.parse((await cli('solve', MOSCOW, '--json')).out[0] as string);
    const at = JSON.parse(
      (await cli('sweep', MOSCOW, '--param', 'west_BLR=1.5:1.5:1', '--json')).out[0] as string,
    ).rows[0];
    expect(at.cost).toBeCloseTo(solved.leaderOptimum.cost, 12);
    expect(at.text).toEqual(solved.leaderOptimum.text);
  });

  test('an infeasible point has cost null and text []', async () => {
    // defy_BLR < 0 means Belarus gains by refusing even an empty text, so it must be paid
    // for any declaration; with no budget nothing can be bought.
    const { out } = await cli(
      'sweep',
      MOSCOW,
      '--param',
      'leader_budget=0:0:1',
      '--param',
      'defy_BLR=-0.5:-0.5:1',
      '--json',
    );
    expect(JSON.parse(out[0] as string).rows[0]).toEqual({
      params: { leader_budget: 0, defy_BLR: -0.5 },
      feasible: false,
      cost: null,
      text: [],
    });
  });

  test.each([
    [['--param', 'nope=0:1:2'], /unknown parameter "nope"/],
    [['--param', 'west_BLR=0:1'], /not of the form parameter=from:to:steps/],
    [['--param', 'west_BLR=0:1:0'], /steps must be a whole number/],
    [[], /needs at least one --param/],
  ])('bad %j: exit 2 with one line', async (extra, message) => {
    const r = await cli('sweep', MOSCOW, ...extra);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(message);
  });

  test('parseAxis', () => {
    expect(parseAxis('a=1:2:3')).toEqual({
      ok: true,
      value: { parameter: 'a', from: 1, to: 2, steps: 3 },
    });
    expect(parseAxis('a=x:2:3').ok).toBe(false);
  });
});

describe('cli sweep progress', () => {
  test('a sweep of 2,000 points or more reports its progress on stderr, tenth by tenth', async () => {
    const r = await cli(
      'sweep',
      'models/moscow-2008.json',
      '--param',
      'west_BLR=0.5:3:45',
      '--param',
      'leader_budget=0:1:45',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0] as string).rows).toHaveLength(2025);
    expect(r.err).toHaveLength(10);
    expect(r.err[0]).toBe('sweep: 203 of 2,025 points (10%)');
    expect(r.err[9]).toBe('sweep: 2,025 of 2,025 points (100%)');
  });
});
