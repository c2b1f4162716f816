/** fast-check generators shared by the property tests. */
import fc from 'fast-check';
import { gameFromValues, type TuGame } from '../engine/cooperative/tuGame';

/** Integer-valued worths keep exact checks meaningful and shrink well. */
export const arbWorth = fc.integer({ min: -20, max: 60 });

/** A random TU game with n players (v(∅) = 0). */
export function arbTuGame(n: number): fc.Arbitrary<TuGame> {
  return fc
    .array(arbWorth, { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 })
    .map((rest) => gameFromValues([0, ...rest]));
}

/** A random game with n between min and max players. */
export function arbTuGameSized(min: number, max: number): fc.Arbitrary<TuGame> {
  return fc.integer({ min, max }).chain(arbTuGame);
}

/** A random supermodular (convex) game: v(S) = f(|S|)-type sums of pairwise synergies ≥ 0. */
export function arbConvexGame(n: number): fc.Arbitrary<TuGame> {
  return fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n * n, maxLength: n * n }),
    )
    .map(([single, pair]) => {
      const v = new Array<number>(2 ** n).fill(0);
      for (let s = 1; s < v.length; s++) {
        let x = 0;
        for (let i = 0; i < n; i++) {
          if (!((s >>> i) & 1)) continue;
          x += single[i] as number;
          for (let j = i + 1; j < n; j++) if ((s >>> j) & 1) x += pair[i * n + j] as number;
        }
        v[s] = x;
      }
      return gameFromValues(v);
    });
}

/** A random permutation of 0..n-1. */
export function arbPermutation(n: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
    .map((keys) =>
      keys
        .map((k, i) => [k, i] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, i]) => i),
    );
}
