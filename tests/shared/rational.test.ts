import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { exactAllocation, formatRational, reconstructRational } from '../../engine/shared/rational';

describe('rational reconstruction', () => {
  test('finds simple fractions from floats', () => {
    expect(formatRational(reconstructRational(2 / 3) ?? { num: 0n, den: 1n })).toBe('2/3');
    expect(formatRational(reconstructRational(-7 / 30) ?? { num: 0n, den: 1n })).toBe('-7/30');
    expect(formatRational(reconstructRational(421 / 2145) ?? { num: 0n, den: 1n })).toBe(
      '421/2145',
    );
    expect(reconstructRational(Math.PI)).toBeUndefined();
  });

  test('round-trips every fraction with a small denominator', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10000, max: 10000 }),
        fc.integer({ min: 1, max: 300 }),
        (p, q) => {
          const r = reconstructRational(p / q);
          return r !== undefined && r.num * BigInt(q) === BigInt(p) * r.den;
        },
      ),
    );
  });

  test('an allocation is exact only if its fractions sum exactly to v(N)', () => {
    expect(exactAllocation([2 / 3, 1 / 6, 1 / 6], 1)).toEqual(['2/3', '1/6', '1/6']);
    expect(exactAllocation([1 / 3, 1 / 3, 1 / 3 + 1e-6], 1)).toBeUndefined();
  });
});
