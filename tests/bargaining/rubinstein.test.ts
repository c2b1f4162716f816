import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rubinsteinShares, stahlPath } from '../../engine/bargaining/rubinstein';
import { approxEqual, approxEqualVectors } from '../../engine/shared/numeric';

describe('Rubinstein (1982) and Ståhl (1972)', () => {
  test('equal patience δ = 0.9: first mover gets 1/(1+δ) = 10/19', () => {
    expect(approxEqualVectors(rubinsteinShares([0.9, 0.9], 0), [10 / 19, 9 / 19])).toBe(true);
  });

  test('first mover 1 swaps the roles', () => {
    // Player 1 proposes: x2 = (1 − δ1)/(1 − δ1δ2) = 0.1/0.28.
    expect(approxEqualVectors(rubinsteinShares([0.9, 0.8], 1), [1 - 0.1 / 0.28, 0.1 / 0.28])).toBe(
      true,
    );
  });

  test('x1 = (1 − δ2)/(1 − δ1δ2) for asymmetric patience', () => {
    expect(approxEqual(rubinsteinShares([0.9, 0.5], 0)[0], 0.5 / 0.55)).toBe(true);
  });

  test('finite horizons by backward induction: k = 1, 2, 3', () => {
    expect(rubinsteinShares([0.9, 0.8], 0, 1)).toEqual([1, 0]);
    expect(approxEqualVectors(rubinsteinShares([0.9, 0.8], 0, 2), [0.2, 0.8])).toBe(true);
    // k = 3: player 0 proposes last (takes 1); round 2, player 1 offers δ1·1 = 0.9 and keeps 0.1;
    // round 1, player 0 offers player 1 δ2·0.1 = 0.08 and keeps 0.92.
    expect(approxEqualVectors(rubinsteinShares([0.9, 0.8], 0, 3), [0.92, 0.08])).toBe(true);
  });

  test('the finite-horizon shares converge to the infinite-horizon ones', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.constantFrom<0 | 1>(0, 1),
        (a, b, first) => {
          const inf = rubinsteinShares([a, b], first);
          const fin = rubinsteinShares([a, b], first, 2000);
          return approxEqualVectors(inf, fin, 1e-6) && approxEqual(inf[0] + inf[1], 1);
        },
      ),
    );
  });

  test('stahlPath lists the first mover share for deadlines 1..k', () => {
    const path = stahlPath([0.9, 0.8], 0, 3);
    expect(approxEqualVectors(path, [1, 0.2, 0.92])).toBe(true);
  });
});
