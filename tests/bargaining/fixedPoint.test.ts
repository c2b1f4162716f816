/**
 * The fixed-point solver of the bargaining operators (engine/bargaining/fixedPoint.ts) on a
 * map that is not a contraction: y_i = S − c·Σ_{j≠i} δ·y_j with c·(n − 1)·δ > 1, the
 * Krishna–Serrano proposals when each unit offered costs the proposer c. Value iteration
 * oscillates on it; the answer must be the solution of the linear system, solved here by
 * hand: by symmetry y = S / (1 + c·(n − 1)·δ).
 */
import { describe, expect, test } from 'vitest';
import { fixedPoint } from '../../engine/bargaining/fixedPoint';

describe('fixed point of a bargaining operator', () => {
  test.each([
    [3, 0.9, 1],
    [7, 0.99, 1.32],
    [7, 0.97, 2],
  ])('n = %i, δ = %f, cost %f per unit: the exact symmetric solution', (n, delta, cost) => {
    const S = 5;
    const map = (y: readonly number[]) =>
      y.map((_, i) => S - cost * delta * y.reduce((sum, yj, j) => (j === i ? sum : sum + yj), 0));
    const r = fixedPoint(map, new Array<number>(n).fill(0));
    expect(r.residual).toBeLessThan(1e-12);
    for (const yi of r.x) expect(yi).toBeCloseTo(S / (1 + cost * (n - 1) * delta), 10);
  });

  test('a map with a kink (a proposer who may wait): still exact', () => {
    // y_0 = max(4 − 1.5·0.9·y_1, 0.9·y_0), y_1 = max(3 − 1.5·0.9·y_0, 0.9·y_1).
    const map = (y: readonly number[]) => [
      Math.max(4 - 1.35 * (y[1] as number), 0.9 * (y[0] as number)),
      Math.max(3 - 1.35 * (y[0] as number), 0.9 * (y[1] as number)),
    ];
    const r = fixedPoint(map, [0, 0]);
    expect(r.residual).toBeLessThan(1e-12);
    const again = map(r.x);
    expect(again[0]).toBeCloseTo(r.x[0] as number, 12);
    expect(again[1]).toBeCloseTo(r.x[1] as number, 12);
  });
});
