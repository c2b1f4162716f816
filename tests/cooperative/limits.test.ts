/**
 * Inputs beyond the documented limits (engine/shared/limits.ts) are refused at once with a
 * reason, or solved by the cheaper algorithm — never minutes of work or gigabytes.
 */
import { describe, expect, test } from 'vitest';
import { gameReport } from '../../engine/cooperative/gameReport';
import { parseGameFile } from '../../engine/cooperative/parseGameFile';
import { parseBargainFile } from '../../engine/bargaining/bargainFile';
import { parseScenario } from '../../engine/scenario/parse';
import { scenarioDocument } from '../scenario/loadScenario';
import { approxEqualVectors } from '../../engine/shared/numeric';

const spec = (doc: unknown) => {
  const r = parseGameFile(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('limits', () => {
  test('three voters with weights of 10^8 enumerate 8 coalitions instead of a 10^8 table', async () => {
    const r = await gameReport(spec({ weights: [1e8, 1e8, 2e8], quota: 2e8 + 1 }), [
      'shapleyShubik',
      'banzhaf',
    ]);
    // [q; w] = [2e8+1; 1e8, 1e8, 2e8]: the heavy voter and either light one win; the two
    // light ones together do not. Shapley–Shubik (1/6, 1/6, 2/3) by hand.
    const ss = Object.values((r as Record<string, Record<string, number>>).shapleyShubik!);
    expect(approxEqualVectors(ss, [1 / 6, 1 / 6, 2 / 3])).toBe(true);
  });

  test('a weighted body whose dynamic program is too large is refused with the numbers', async () => {
    const weights = Array.from({ length: 900 }, (_, i) => 1000 + i);
    const r = await gameReport(spec({ weights, quota: 500_000 }), ['shapleyShubik']);
    expect((r as Record<string, unknown>).shapleyShubik).toBeNull();
    expect(r.notes.shapleyShubik).toMatch(/needs about .* steps \(900 voters, quota 500000\)/);
  });

  test('more voters than floating point can count are refused at parse time', () => {
    const r = parseGameFile({ weights: new Array<number>(1500).fill(1), quota: 751 });
    expect(!r.ok && r.errors[0]?.message).toMatch(/at most 1000 voters/);
  });

  test('a 24-player value table: Shapley computed, the LP concepts refused with a reason', async () => {
    const values = new Float64Array(2 ** 24);
    for (let s = 1; s < values.length; s++) values[s] = 1;
    const r = await gameReport(spec({ values: Array.from(values) }), [
      'shapley',
      'nucleolus',
      'leastCore',
    ]);
    expect((r as Record<string, unknown>).shapley).not.toBeNull();
    expect((r as Record<string, unknown>).nucleolus).toBeNull();
    expect(r.notes.nucleolus).toMatch(/at most 22 players/);
    expect(r.notes.leastCore).toMatch(/at most 22 players/);
  });

  test.each([1e20, -1e13, 1e308])('a worth of %d is refused: beyond ±1e12', (x) => {
    const r = parseGameFile({ players: ['A', 'B'], v: { A: 0, B: 0, 'A+B': x } });
    expect(!r.ok && r.errors[0]?.message).toMatch(/beyond ±1e\+12/);
  });

  test('Nash bargaining with ±1e308 is refused instead of answering the disagreement point', () => {
    const r = parseBargainFile({
      kind: 'nash',
      disagreement: [0, 0],
      frontier: [
        [1e308, 0],
        [0, -1e308],
      ],
    });
    expect(!r.ok && r.errors.map((e) => e.message).join()).toMatch(/within ±1e12/);
  });

  test('a scenario whose formulas reach 1e20 is refused with the formula', () => {
    const doc = structuredClone(scenarioDocument('moscow-2008')) as { leaderBudget: unknown };
    doc.leaderBudget = '1e20';
    const r = parseScenario(doc);
    expect(!r.ok && r.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(
      /^\/leaderBudget: formula "1e20" evaluates to 100000000000000000000, which is beyond/m,
    );
  });

  test('a 20-player weighted scenario is refused before any solve', () => {
    const doc = structuredClone(scenarioDocument('moscow-2008')) as Record<string, unknown> & {
      players: Record<string, unknown>[];
      clauses: { value: Record<string, unknown> }[];
    };
    const members = Array.from({ length: 12 }, (_, i) => ({
      id: `M${i}`,
      name: `Member ${i}`,
      role: 'member',
      weight: 1,
    }));
    doc.players = [...doc.players.map((p) => ({ ...p, weight: 1 })), ...members];
    doc.decisionRule = { kind: 'weighted', quota: 11 };
    const r = parseScenario(doc);
    expect(!r.ok && r.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(
      /^\/decisionRule: the leader's optimum would weigh .* signatory sets under a weighted rule/m,
    );
  });
});
