import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  gameFromValues,
  permuteGame,
  grandWorth,
  type TuGame,
} from '../../engine/cooperative/tuGame';
import { shapleyValue, shapleyWeights } from '../../engine/cooperative/shapley';
import { banzhafValue } from '../../engine/cooperative/banzhaf';
import { popcount } from '../../engine/shared/bits';
import { seededRng } from '../../engine/shared/rng';
import { approxEqual, approxEqualVectors, sum } from '../../engine/shared/numeric';
import { arbPermutation, arbTuGame, arbTuGameSized } from '../arbitraries';
import { loadGame } from './loadGame';

describe('shapleyValue: published values', () => {
  test('glove game → (2/3, 1/6, 1/6) (Maschler, Solan & Zamir 2013)', () => {
    expect(approxEqualVectors(shapleyValue(loadGame('glove')), [2 / 3, 1 / 6, 1 / 6])).toBe(true);
  });

  test('airport game, costs 1,2,3 → shares (1/3, 5/6, 11/6) (Littlechild & Owen 1973)', () => {
    const phi = shapleyValue(loadGame('airport'));
    expect(approxEqualVectors(phi, [-1 / 3, -5 / 6, -11 / 6])).toBe(true);
  });

  test('three partners (60, 48, 30; 72) by hand over the six orders: (32, 23, 17)', () => {
    // Marginal contributions per order: ABC: A0 B60 C12; ACB: A0 C48 B24; BAC: B0 A60 C12; BCA: B0 C30 A42;
    // CAB: C0 A48 B24; CBA: C0 B30 A42 → A = 192/6 = 32, B = 138/6 = 23, C = 102/6 = 17.
    expect(approxEqualVectors(shapleyValue(loadGame('three-partners')), [32, 23, 17])).toBe(true);
  });

  test('one player gets v(N); the empty game has no players', () => {
    expect(shapleyValue(gameFromValues([0, 5]))).toEqual([5]);
  });
});

describe('shapleyValue: axioms on random games', () => {
  test('efficiency: Σφ = v(N)', () => {
    fc.assert(
      fc.property(arbTuGameSized(1, 7), (g) => approxEqual(sum(shapleyValue(g)), grandWorth(g))),
    );
  });

  test('null player gets 0', () => {
    fc.assert(
      fc.property(arbTuGame(5), fc.integer({ min: 0, max: 4 }), (g, i) => {
        // Make i a null player: v(S ∪ i) = v(S).
        const v = Float64Array.from(g.v);
        for (let s = 0; s < v.length; s++) if ((s >>> i) & 1) v[s] = v[s ^ (1 << i)] as number;
        return approxEqual(shapleyValue(gameFromValues(v)).at(i) as number, 0);
      }),
    );
  });

  test('symmetry: interchangeable players get the same', () => {
    fc.assert(
      fc.property(arbTuGame(5), (g) => {
        // Symmetrize players 0 and 1: v(S) depends on S only through |S ∩ {0,1}|.
        const v = Float64Array.from(g.v);
        for (let s = 0; s < v.length; s++) if ((s & 3) === 2) v[s] = v[s ^ 3] as number;
        const phi = shapleyValue(gameFromValues(v));
        return approxEqual(phi[0] as number, phi[1] as number);
      }),
    );
  });

  test('additivity: φ(v + w) = φ(v) + φ(w)', () => {
    fc.assert(
      fc.property(arbTuGame(5), arbTuGame(5), (g, h) => {
        const both = gameFromValues(g.v.map((x, s) => x + (h.v[s] as number)));
        const sumOf = shapleyValue(g).map((x, i) => x + (shapleyValue(h)[i] as number));
        return approxEqualVectors(shapleyValue(both), sumOf);
      }),
    );
  });

  test('covariance: relabelling players permutes the value; scaling scales it', () => {
    fc.assert(
      fc.property(arbTuGame(5), arbPermutation(5), fc.integer({ min: 1, max: 9 }), (g, perm, k) => {
        const phi = shapleyValue(g);
        const permuted = shapleyValue(permuteGame(g, perm));
        const scaled = shapleyValue(gameFromValues(g.v.map((x) => k * x)));
        return (
          perm.every((p, i) => approxEqual(permuted[p] as number, phi[i] as number)) &&
          approxEqualVectors(
            scaled,
            phi.map((x) => k * x),
          )
        );
      }),
    );
  });

  test('agrees with the permutation definition on small games', () => {
    fc.assert(
      fc.property(arbTuGameSized(1, 5), (g) => {
        const n = g.n;
        const phi = new Array<number>(n).fill(0);
        let orders = 0;
        const permute = (prefix: number[], rest: number[]) => {
          if (rest.length === 0) {
            orders++;
            let s = 0;
            for (const p of prefix) {
              phi[p] = (phi[p] as number) + (g.v[s | (1 << p)] as number) - (g.v[s] as number);
              s |= 1 << p;
            }
            return;
          }
          rest.forEach((r, k) =>
            permute([...prefix, r], [...rest.slice(0, k), ...rest.slice(k + 1)]),
          );
        };
        permute(
          [],
          Array.from({ length: n }, (_, i) => i),
        );
        return approxEqualVectors(
          shapleyValue(g),
          phi.map((x) => x / orders),
        );
      }),
    );
  });
});

describe('shapleyValue and banzhafValue beyond one 1024-coalition chunk (n > 10)', () => {
  /** Textbook definitions, computed directly: Σ_{S∌i} weight(|S|) · (v(S∪i) − v(S)). */
  function direct(g: TuGame, weight: (s: number) => number): number[] {
    return Array.from({ length: g.n }, (_, i) => {
      let x = 0;
      for (let s = 0; s < g.v.length; s++) {
        if ((s >>> i) & 1) continue;
        x += weight(popcount(s)) * ((g.v[s | (1 << i)] as number) - (g.v[s] as number));
      }
      return x;
    });
  }

  test.each([11, 12, 13])('n = %d agrees with the direct formulas', (n) => {
    const rng = seededRng(n);
    const g = gameFromValues([0, ...Array.from({ length: 2 ** n - 1 }, () => rng.int(-50, 100))]);
    const w = shapleyWeights(n);
    expect(
      approxEqualVectors(
        shapleyValue(g),
        direct(g, (s) => w[s] as number),
      ),
    ).toBe(true);
    expect(
      approxEqualVectors(
        banzhafValue(g),
        direct(g, () => 2 ** (1 - n)),
      ),
    ).toBe(true);
  });
});
