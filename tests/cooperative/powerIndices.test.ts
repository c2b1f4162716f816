import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { shapleyShubikIndex, weightedBanzhafValue } from '../../engine/cooperative/powerIndices';
import { gameFromWeights, weightedVotingGame } from '../../engine/cooperative/weightedVoting';
import { shapleyValue } from '../../engine/cooperative/shapley';
import { banzhafValue, banzhafIndex } from '../../engine/cooperative/banzhaf';
import {
  deeganPackelIndex,
  johnstonIndex,
  publicGoodIndex,
  minimalWinningCoalitions,
} from '../../engine/cooperative/simpleGames';
import { monteCarloShapley, weightedWorth } from '../../engine/cooperative/monteCarloShapley';
import { seededRng } from '../../engine/shared/rng';
import { approxEqual, approxEqualVectors, sum } from '../../engine/shared/numeric';
import { loadSpec } from './loadGame';

const weightedOf = (name: string) => {
  const spec = loadSpec(name);
  if (spec.kind !== 'weighted') throw new Error('not weighted');
  return spec.weighted;
};

describe('power indices: published values', () => {
  test('EEC 1958 Shapley–Shubik (7/30 ×3, 3/20 ×2, 0) — Felsenthal & Machover (1998)', () => {
    expect(
      approxEqualVectors(shapleyShubikIndex(weightedOf('eec-1958')), [
        7 / 30,
        7 / 30,
        7 / 30,
        3 / 20,
        3 / 20,
        0,
      ]),
    ).toBe(true);
  });

  test('EEC 1958 normalized Banzhaf (5/21 ×3, 1/7 ×2, 0): Luxembourg is a dummy', () => {
    const spec = loadSpec('eec-1958');
    const b = spec.game ? banzhafIndex(spec.game) : undefined;
    expect(b?.ok && approxEqualVectors(b.value, [5 / 21, 5 / 21, 5 / 21, 1 / 7, 1 / 7, 0])).toBe(
      true,
    );
  });

  test('UN Security Council: permanent 421/2145, elected 4/2145 (Shapley & Shubik 1954)', () => {
    const ss = shapleyShubikIndex(weightedOf('un-security-council'));
    expect(ss.slice(0, 5).every((x) => approxEqual(x, 421 / 2145))).toBe(true);
    expect(ss.slice(5).every((x) => approxEqual(x, 4 / 2145))).toBe(true);
  });

  test('UN Security Council normalized Banzhaf ≈ 0.1669 permanent, 0.0165 elected', () => {
    const b = weightedBanzhafValue(weightedOf('un-security-council'));
    const total = sum(b);
    expect(Math.abs((b[0] as number) / total - 0.1669)).toBeLessThan(5e-5);
    expect(Math.abs((b[5] as number) / total - 0.0165)).toBeLessThan(5e-5);
  });

  test('US Electoral College 2024: Shapley–Shubik sums to 1, California largest, ties equal', () => {
    const ec = weightedOf('us-electoral-college-2024');
    const ss = shapleyShubikIndex(ec);
    expect(approxEqual(sum(ss), 1)).toBe(true);
    const ca = ec.players.indexOf('CA');
    expect(Math.max(...ss)).toBe(ss[ca]);
    const threes = ec.weights.flatMap((w, i) => (w === 3 ? [ss[i] as number] : []));
    expect(threes.every((x) => approxEqual(x, threes[0] as number))).toBe(true);
  });

  test('US Electoral College: Monte Carlo agrees with the exact DP within its interval', () => {
    const ec = weightedOf('us-electoral-college-2024');
    const exact = shapleyShubikIndex(ec);
    const mc = monteCarloShapley(
      ec.weights.length,
      weightedWorth(ec.weights, ec.quota),
      4000,
      seededRng(2008),
      4,
    );
    const inside = exact.filter(
      (x, i) => Math.abs(x - (mc.estimate[i] as number)) <= (mc.halfWidth[i] as number),
    );
    expect(inside.length).toBe(exact.length);
  });
});

describe('power indices: DP agrees with enumeration on random weighted games', () => {
  const arbWeighted = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 })
    .chain((w) => fc.tuple(fc.constant(w), fc.integer({ min: 1, max: Math.max(1, sum(w)) })));

  test('Shapley–Shubik = Shapley value of the simple game', () => {
    fc.assert(
      fc.property(arbWeighted, ([w, q]) => {
        const g = weightedVotingGame(w, q);
        return approxEqualVectors(shapleyShubikIndex(g), shapleyValue(gameFromWeights(g)));
      }),
    );
  });

  test('DP Banzhaf = enumeration Banzhaf', () => {
    fc.assert(
      fc.property(arbWeighted, ([w, q]) => {
        const g = weightedVotingGame(w, q);
        return approxEqualVectors(weightedBanzhafValue(g), banzhafValue(gameFromWeights(g)));
      }),
    );
  });
});

describe('indices of simple games', () => {
  // [3; 2, 1, 1]: minimal winning coalitions {1,2} and {1,3}.
  const g = gameFromWeights(weightedVotingGame([2, 1, 1], 3));

  test('minimal winning coalitions', () => {
    expect(minimalWinningCoalitions(g).sort()).toEqual([0b011, 0b101]);
  });

  test('Deegan–Packel (1/2, 1/4, 1/4), Public Good (1/2, 1/4, 1/4), Johnston (2/3, 1/6, 1/6)', () => {
    const dp = deeganPackelIndex(g);
    const pgi = publicGoodIndex(g);
    const j = johnstonIndex(g);
    expect(dp.ok && approxEqualVectors(dp.value, [1 / 2, 1 / 4, 1 / 4])).toBe(true);
    expect(pgi.ok && approxEqualVectors(pgi.value, [1 / 2, 1 / 4, 1 / 4])).toBe(true);
    expect(j.ok && approxEqualVectors(j.value, [2 / 3, 1 / 6, 1 / 6])).toBe(true);
  });

  test('a game that is not simple gets a reason', () => {
    const r = publicGoodIndex(gameFromWeights(weightedVotingGame([1, 1], 1)));
    expect(r.ok).toBe(true);
    const notSimple = deeganPackelIndex({ n: 1, players: ['a'], v: Float64Array.from([0, 2]) });
    expect(notSimple.ok).toBe(false);
  });
});
