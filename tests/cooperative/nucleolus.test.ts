import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { nucleolus, prenucleolus } from '../../engine/cooperative/nucleolus';
import { isCoreEmpty, isInCore } from '../../engine/cooperative/leastCore';
import { satisfiesKohlberg } from '../../engine/cooperative/kohlberg';
import { bankruptcyGame, talmudRule } from '../../engine/cooperative/bankruptcy';
import {
  gameFromValues,
  permuteGame,
  singletonWorths,
  grandWorth,
} from '../../engine/cooperative/tuGame';
import { approxEqual, approxEqualVectors, sum } from '../../engine/shared/numeric';
import { arbConvexGame, arbPermutation, arbTuGame, arbTuGameSized } from '../arbitraries';
import { loadGame } from './loadGame';

const TOL = 1e-7;
const value = async (g: Parameters<typeof nucleolus>[0]) => {
  const r = await nucleolus(g);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('nucleolus: published values', () => {
  // Aumann & Maschler (1985), Table 1: claims 100/200/300.
  test.each([
    ['talmud-100', [100 / 3, 100 / 3, 100 / 3]],
    ['talmud-200', [50, 75, 75]],
    ['talmud-300', [50, 100, 150]],
  ])('%s → Talmud division', async (name, expected) => {
    expect(approxEqualVectors(await value(loadGame(name)), expected, TOL)).toBe(true);
  });

  test('glove game → (1, 0, 0): the scarce left glove takes all', async () => {
    expect(approxEqualVectors(await value(loadGame('glove')), [1, 0, 0], TOL)).toBe(true);
  });

  test('three-player majority game → (1/3, 1/3, 1/3)', async () => {
    expect(
      approxEqualVectors(await value(loadGame('majority-3')), [1 / 3, 1 / 3, 1 / 3], TOL),
    ).toBe(true);
  });

  test('airport game, costs 1,2,3 → pays (1/2, 3/4, 7/4) by Littlechild (1974)', async () => {
    // Littlechild's rule: y1 = min_k c_k/(k+1) = min(1/2, 2/3, 3/4) = 1/2;
    // y2 = min_{k≥2} (c_k − y1)/k = min(3/4, 5/6) = 3/4; y3 takes the rest, 7/4.
    const x = await value(loadGame('airport'));
    expect(approxEqualVectors(x, [-1 / 2, -3 / 4, -7 / 4], TOL)).toBe(true);
  });

  test('empty imputation set gives a reason, the prenucleolus still exists', async () => {
    const g = gameFromValues([0, 2, 2, 3]);
    const r = await nucleolus(g);
    expect(r.ok).toBe(false);
    expect(approxEqualVectors(await prenucleolus(g), [1.5, 1.5], TOL)).toBe(true);
  });

  test('a degenerate game where fixing one tight coalition per round goes wrong', async () => {
    // Guajardo & Jörnsten (2015) warn that after round 1 several coalitions can be tight
    // in one optimum but not all. Kohlberg's criterion certifies the answer independently.
    const g = gameFromValues([0, 0, 0, 4, 0, 5, 2, 10]);
    const x = await value(g);
    expect(await satisfiesKohlberg(g, x, true)).toBe(true);
  });
});

describe('Kohlberg criterion', () => {
  test('rejects points that are not the nucleolus', async () => {
    const glove = loadGame('glove');
    expect(await satisfiesKohlberg(glove, [2 / 3, 1 / 6, 1 / 6], true)).toBe(false);
    expect(await satisfiesKohlberg(loadGame('talmud-200'), [50, 100, 50], true)).toBe(false);
    expect(await satisfiesKohlberg(loadGame('talmud-200'), [50, 75, 75], true)).toBe(true);
  });

  test('the nucleolus check refuses a prenucleolus outside the imputation set', async () => {
    // v({1}) = 29 but the prenucleolus gives player 1 only 17.5: it passes as the
    // prenucleolus, not as the nucleolus, which is (29, −4, −3) (hand-derived: with x_1 at
    // its bound, players 2 and 3 split v(N) − 29 = −7 equalising the excesses of {2}, {3}).
    const g = gameFromValues([0, 29, -8, 3, -7, 9, 16, 22]);
    expect(await satisfiesKohlberg(g, [17.5, 1.75, 2.75], false)).toBe(true);
    expect(await satisfiesKohlberg(g, [17.5, 1.75, 2.75], true)).toBe(false);
    expect(await satisfiesKohlberg(g, [29, -4, -3], true)).toBe(true);
    expect(approxEqualVectors(await value(g), [29, -4, -3], TOL)).toBe(true);
    expect(approxEqualVectors(await prenucleolus(g), [17.5, 1.75, 2.75], TOL)).toBe(true);
  });

  test('the tolerance scales with the game: worths in the billions still certify', async () => {
    const scale = 1e9;
    const g = gameFromValues([0, 29, -8, 3, -7, 9, 16, 22].map((v) => v * scale));
    expect(await satisfiesKohlberg(g, [29 * scale, -4 * scale, -3 * scale], true)).toBe(true);
    expect(await satisfiesKohlberg(g, [29 * scale, -4 * scale + 1e6, -3 * scale - 1e6], true)).toBe(
      false,
    );
  });
});

describe('nucleolus: properties on random games', () => {
  test('Kohlberg: the prenucleolus makes every excess level balanced', async () => {
    await fc.assert(
      fc.asyncProperty(arbTuGameSized(2, 5), async (g) =>
        satisfiesKohlberg(g, await prenucleolus(g), false),
      ),
      { numRuns: 60 },
    );
  });

  test('Kohlberg (weak form) holds for the nucleolus when imputations exist', async () => {
    await fc.assert(
      fc.asyncProperty(arbTuGameSized(2, 5), async (g) => {
        const r = await nucleolus(g);
        if (!r.ok) return sum(singletonWorths(g)) > grandWorth(g);
        return satisfiesKohlberg(g, r.value, true);
      }),
      { numRuns: 60 },
    );
  });

  test('lies in the core when the core is non-empty (convex games)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 6 }).chain(arbConvexGame), async (g) => {
        expect(await isCoreEmpty(g)).toBe(false);
        return isInCore(g, await value(g));
      }),
      { numRuns: 40 },
    );
  });

  test('is efficient and individually rational', async () => {
    await fc.assert(
      fc.asyncProperty(arbTuGameSized(2, 6), async (g) => {
        const r = await nucleolus(g);
        if (!r.ok) return true;
        return (
          approxEqual(sum(r.value), grandWorth(g), TOL) &&
          r.value.every((x, i) => x >= (g.v[1 << i] as number) - TOL)
        );
      }),
      { numRuns: 60 },
    );
  });

  test('covariance under relabelling, scaling and shifting', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbTuGame(4),
        arbPermutation(4),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 4, maxLength: 4 }),
        async (g, perm, k, b) => {
          const x = await prenucleolus(g);
          const permuted = await prenucleolus(permuteGame(g, perm));
          const shifted = gameFromValues(
            g.v.map((w, s) => k * w + b.reduce((acc, bi, i) => acc + ((s >>> i) & 1 ? bi : 0), 0)),
          );
          const y = await prenucleolus(shifted);
          return (
            perm.every((p, i) => approxEqual(permuted[p] as number, x[i] as number, TOL)) &&
            y.every((yi, i) => approxEqual(yi, k * (x[i] as number) + (b[i] as number), TOL))
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  test('the Talmud rule is the nucleolus of every bankruptcy game (Aumann & Maschler 1985)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: 5 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        async (claims, f) => {
          const estate = Math.round(f * sum(claims));
          const x = await value(bankruptcyGame(estate, claims));
          return approxEqualVectors(x, talmudRule(estate, claims), 1e-6);
        },
      ),
      { numRuns: 40 },
    );
  });
});
