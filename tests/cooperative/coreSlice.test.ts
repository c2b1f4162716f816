import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { coreSlice, type Point3 } from '../../engine/cooperative/coreSlice';
import { coreVertices } from '../../engine/cooperative/coreVertices';
import { gameFromValues, type TuGame } from '../../engine/cooperative/tuGame';
import { approxEqual, approxLeq } from '../../engine/shared/numeric';
import { arbConvexGame, arbTuGame } from '../arbitraries';

/** Whether x (chosen players' entries from p, the rest from fixed) meets every core constraint. */
function inCore(game: TuGame, chosen: readonly number[], p: Point3, fixed: readonly number[]) {
  const x = [...fixed];
  chosen.forEach((i, k) => (x[i] = p[k] as number));
  let total = 0;
  for (let i = 0; i < game.n; i++) total += x[i] as number;
  if (!approxEqual(total, game.v[(1 << game.n) - 1] as number, 1e-6)) return false;
  for (let s = 1; s < 1 << game.n; s++) {
    let xs = 0;
    for (let i = 0; i < game.n; i++) if ((s >>> i) & 1) xs += x[i] as number;
    if (!approxLeq(game.v[s] as number, xs, 1e-6)) return false;
  }
  return true;
}

// Rounded to 6 places; a coordinate that rounds to zero is 0, never "-0.000000".
const key = (p: readonly number[]) =>
  p.map((x) => (Math.abs(x) < 5e-7 ? 0 : x).toFixed(6)).join(',');

describe('coreSlice', () => {
  test('three partners (v(AB)=60, v(AC)=48, v(BC)=30, v(N)=72): the core triangle', () => {
    const g = gameFromValues([0, 0, 0, 60, 0, 48, 30, 72], ['A', 'B', 'C']);
    const s = coreSlice(g, [0, 1, 2]);
    expect(s.total).toBe(72);
    expect(s.triangle.map(key).sort()).toEqual(
      [
        [72, 0, 0],
        [0, 72, 0],
        [0, 0, 72],
      ]
        .map(key)
        .sort(),
    );
    expect(s.core.map(key).sort()).toEqual(
      [
        [42, 24, 6],
        [42, 18, 12],
        [36, 24, 12],
      ]
        .map(key)
        .sort(),
    );
  });

  test('the glove game: the core is the single point (1, 0, 0)', () => {
    const g = gameFromValues([0, 0, 0, 1, 0, 1, 0, 1], ['L', 'R1', 'R2']);
    const s = coreSlice(g, [0, 1, 2]);
    expect(s.core.length).toBeGreaterThan(0);
    for (const p of s.core) expect(key(p)).toBe(key([1, 0, 0]));
  });

  test('an empty core (majority game) gives the triangle and no polygon', () => {
    const g = gameFromValues([0, 0, 0, 1, 0, 1, 1, 1]);
    const s = coreSlice(g, [0, 1, 2]);
    expect(s.triangle).toHaveLength(3);
    expect(s.core).toEqual([]);
  });

  test('3 players: the polygon has exactly the core vertices (random games)', () => {
    // Found by this property: v = [0, -16, 42, 53, -15, 0, 0, 53] has a vertex at x3 = -0.
    const g = gameFromValues([0, -16, 42, 53, -15, 0, 0, 53]);
    const vs = coreVertices(g);
    expect(vs.ok && [...new Set(coreSlice(g, [0, 1, 2]).core.map(key))].sort()).toEqual(
      vs.ok ? [...new Set(vs.value.map(key))].sort() : false,
    );
    fc.assert(
      fc.property(arbTuGame(3), (g) => {
        const s = coreSlice(g, [0, 1, 2]);
        const vs = coreVertices(g);
        if (!vs.ok) return;
        const expected = new Set(vs.value.map(key));
        const got = new Set(s.core.map(key));
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 300 },
    );
  });

  test('4 players, others fixed at a core vertex: the slice holds that vertex and only core points', () => {
    fc.assert(
      fc.property(arbConvexGame(4), fc.integer({ min: 0, max: 3 }), (g, out) => {
        const vs = coreVertices(g);
        if (!vs.ok || vs.value.length === 0) return;
        const x = vs.value[0] as number[];
        const chosen = [0, 1, 2, 3].filter((i) => i !== out) as [number, number, number];
        const s = coreSlice(g, chosen, x);
        expect(s.core.length).toBeGreaterThan(0);
        for (const p of s.core) expect(inCore(g, chosen, p, x)).toBe(true);
        // x's own triple lies in the polygon: it meets every bound of the slice.
        const t = chosen.map((i) => x[i] as number);
        expect(approxLeq(s.bounds['01'] as number, (t[0] as number) + (t[1] as number), 1e-6)).toBe(
          true,
        );
        expect(approxLeq(s.bounds['2'] as number, t[2] as number, 1e-6)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('refuses a choice that is not three distinct players', () => {
    const g = gameFromValues([0, 0, 0, 1]);
    expect(() => coreSlice(g, [0, 1, 1])).toThrow(/three distinct/);
  });
});
