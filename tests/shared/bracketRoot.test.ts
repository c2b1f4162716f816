/** The bracketed root finder (engine/shared/bracketRoot.ts), on hand-solvable functions. */
import { describe, expect, test } from 'vitest';
import { bracketRoot } from '../../engine/shared/bracketRoot';

describe('bracketRoot (Illinois regula falsi)', () => {
  test('x² − 2 on [0, 2] → √2, in far fewer evaluations than bisection would need', () => {
    let calls = 0;
    const root = bracketRoot((x) => (calls++, x * x - 2), 0, 2);
    expect(root).toBeCloseTo(Math.SQRT2, 11);
    // Bisection to 1e-12 of the bracket takes about 40 halvings.
    expect(calls).toBeLessThan(20);
  });

  test('a kink (max(0, x − 1) − 0.5 on [3, 0] → 1.5), the bracket given either way round', () => {
    expect(bracketRoot((x) => Math.max(0, x - 1) - 0.5, 3, 0)).toBeCloseTo(1.5, 10);
    expect(bracketRoot((x) => Math.max(0, x - 1) - 0.5, 0, 3)).toBeCloseTo(1.5, 10);
  });

  test('no sign change, or a point where f is undefined: no root', () => {
    expect(bracketRoot((x) => x * x + 1, -1, 1)).toBeUndefined();
    expect(bracketRoot((x) => (x > 0.5 ? undefined : x - 0.75), 0, 1)).toBeUndefined();
  });

  test('an end that is already a root is returned', () => {
    expect(bracketRoot((x) => x - 1, 1, 4)).toBe(1);
  });
});
