import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { coreBounds } from '../../engine/cooperative/coreBounds';
import { coreVertices } from '../../engine/cooperative/coreVertices';
import { gameFromValues } from '../../engine/cooperative/tuGame';
import { arbConvexGame } from '../arbitraries';

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
});
