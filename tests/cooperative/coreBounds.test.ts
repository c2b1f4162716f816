import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { coreBounds } from '../../engine/cooperative/coreBounds';
import { coreVertices } from '../../engine/cooperative/coreVertices';
import { gameFromValues } from '../../engine/cooperative/tuGame';
import { arbConvexGame, arbTuGameSized } from '../arbitraries';
import { solveLp, type LpRow } from '../../engine/shared/lp';
import type { TuGame } from '../../engine/cooperative/tuGame';

/** min or max x_i over {x(N) = v(N), x(S) ≥ v(S) − ε}, by HiGHS with every coalition a row. */
async function highsRange(g: TuGame, epsilon: number, i: number, sense: 'min' | 'max') {
  const all = 2 ** g.n - 1;
  const rows: LpRow[] = [];
  for (let s = 1; s <= all; s++) {
    const coeffs = Array.from({ length: g.n }, (_, j) => ((s >>> j) & 1 ? 1 : 0));
    const worth = g.v[s] as number;
    rows.push(
      s === all
        ? { coeffs, lo: worth, hi: worth }
        : { coeffs, lo: worth - epsilon - 1e-9, hi: Infinity },
    );
  }
  const r = await solveLp({
    sense,
    cost: Array.from({ length: g.n }, (_, j) => (j === i ? 1 : 0)),
    lower: new Array<number>(g.n).fill(-Infinity),
    upper: new Array<number>(g.n).fill(Infinity),
    rows,
  });
  if (r.status !== 'optimal') throw new Error(r.status);
  return r.objective;
}

describe('coreBounds', () => {
  test('three partners: A 36–42, B 18–24, C 6–12', async () => {
    const r = await coreBounds(gameFromValues([0, 0, 0, 60, 0, 48, 30, 72]));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.epsilon).toBe(0);
    [36, 18, 6].forEach((x, i) => expect(r.value.lower[i]).toBeCloseTo(x, 6));
    [42, 24, 12].forEach((x, i) => expect(r.value.upper[i]).toBeCloseTo(x, 6));
  });

  test('the 3-player majority game has an empty core: bounds over the least core (ε* = 1/3)', async () => {
    const r = await coreBounds(gameFromValues([0, 0, 0, 1, 0, 1, 1, 1]));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.epsilon).toBeCloseTo(1 / 3, 6);
    for (let i = 0; i < 3; i++) {
      expect(r.value.lower[i]).toBeCloseTo(1 / 3, 6);
      expect(r.value.upper[i]).toBeCloseTo(1 / 3, 6);
    }
  });

  test('convex games: the bounds are the min and max over the core vertices', async () => {
    await fc.assert(
      fc.asyncProperty(arbConvexGame(4), async (g) => {
        const r = await coreBounds(g);
        const vs = coreVertices(g);
        if (!r.ok || !vs.ok) throw new Error('both must exist for a convex game');
        for (let i = 0; i < 4; i++) {
          const xs = vs.value.map((x) => x[i] as number);
          expect(r.value.lower[i]).toBeCloseTo(Math.min(...xs), 5);
          expect(r.value.upper[i]).toBeCloseTo(Math.max(...xs), 5);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('random games: every range endpoint equals HiGHS over all coalition rows', async () => {
    await fc.assert(
      fc.asyncProperty(arbTuGameSized(2, 6), async (g) => {
        const r = await coreBounds(g);
        if (!r.ok) throw new Error(r.reason);
        const sets = [
          [r.value.epsilon, r.value.lower, r.value.upper],
          [r.value.leastCore.epsilon, r.value.leastCore.lower, r.value.leastCore.upper],
        ] as const;
        for (const [epsilon, lower, upper] of sets) {
          for (let i = 0; i < g.n; i++) {
            expect(lower[i]).toBeCloseTo(await highsRange(g, epsilon, i, 'min'), 6);
            expect(upper[i]).toBeCloseTo(await highsRange(g, epsilon, i, 'max'), 6);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
