import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { tauValue } from '../../engine/cooperative/tauValue';
import { gatelyPoint } from '../../engine/cooperative/gatelyPoint';
import { equalSplit } from '../../engine/cooperative/equalSplit';
import {
  bankruptcyGame,
  constrainedEqualAwards,
  constrainedEqualLosses,
  proportionalRule,
  talmudRule,
} from '../../engine/cooperative/bankruptcy';
import { grandWorth, marginalVector, singletonWorths } from '../../engine/cooperative/tuGame';
import { approxEqual, approxEqualVectors, sum } from '../../engine/shared/numeric';
import { arbTuGameSized } from '../arbitraries';
import { loadGame } from './loadGame';

describe('bankruptcy rules (Aumann & Maschler 1985, Table 1; Thomson 2003)', () => {
  const claims = [100, 200, 300];
  test.each([
    [100, [100 / 3, 100 / 3, 100 / 3]],
    [200, [50, 75, 75]],
    [300, [50, 100, 150]],
  ])('Talmud rule, estate %d', (estate, expected) => {
    expect(approxEqualVectors(talmudRule(estate, claims), expected)).toBe(true);
  });

  test('proportional, CEA and CEL at estate 300', () => {
    expect(approxEqualVectors(proportionalRule(300, claims), [50, 100, 150])).toBe(true);
    expect(approxEqualVectors(constrainedEqualAwards(300, claims), [100, 100, 100])).toBe(true);
    expect(approxEqualVectors(constrainedEqualLosses(300, claims), [0, 100, 200])).toBe(true);
  });

  test('every rule divides the estate and respects the claims', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (c, f) => {
          const estate = f * sum(c);
          return [
            proportionalRule,
            constrainedEqualAwards,
            constrainedEqualLosses,
            talmudRule,
          ].every((rule) => {
            const x = rule(estate, c);
            return (
              approxEqual(sum(x), estate, 1e-9) &&
              x.every((xi, i) => xi >= -1e-9 && xi <= (c[i] as number) + 1e-9)
            );
          });
        },
      ),
    );
  });
});

describe('τ-value (Tijs 1981)', () => {
  test('equals the adjusted proportional rule on bankruptcy games (Curiel, Maschler & Tijs 1987)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 5 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (c, f) => {
          const estate = Math.round(f * sum(c));
          const tau = tauValue(bankruptcyGame(estate, c));
          // Adjusted proportional: minimal rights m_i = max(0, E − Σ_{j≠i} c_j), then the rest
          // proportionally to the claims truncated at what is left.
          const m = c.map((ci) => Math.max(0, estate - (sum(c) - ci)));
          const left = estate - sum(m);
          const truncated = c.map((ci, i) => Math.min(ci - (m[i] as number), left));
          const apr = m.map(
            (mi, i) =>
              mi + (sum(truncated) > 0 ? (left * (truncated[i] as number)) / sum(truncated) : 0),
          );
          return tau.ok && approxEqualVectors(tau.value, apr, 1e-9);
        },
      ),
    );
  });

  test('glove game → (1, 0, 0); three partners by hand', () => {
    const glove = tauValue(loadGame('glove'));
    expect(glove.ok && approxEqualVectors(glove.value, [1, 0, 0])).toBe(true);
    // M = (42, 24, 12), m = (36, 18, 6) (e.g. m_A = v(N) − M_B − M_C); Σm = 60, ΣM = 78,
    // α = (72 − 60)/18 = 2/3 → τ = m + 2/3·(M − m) = (40, 22, 10).
    const three = tauValue(loadGame('three-partners'));
    expect(three.ok && approxEqualVectors(three.value, [40, 22, 10])).toBe(true);
  });

  test('the majority game is not quasi-balanced (M = 0 < m = 1): a reason, no value', () => {
    const r = tauValue(loadGame('majority-3'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('quasi-balanced');
  });
});

describe('Gately point (Gately 1974)', () => {
  test('three partners: 72·(42, 24, 12)/78', () => {
    const r = gatelyPoint(loadGame('three-partners'));
    expect(r.ok && approxEqualVectors(r.value, [504 / 13, 288 / 13, 144 / 13])).toBe(true);
  });

  test('equalizes every propensity to disrupt (random games where it exists)', () => {
    fc.assert(
      fc.property(arbTuGameSized(2, 6), (g) => {
        const r = gatelyPoint(g);
        if (!r.ok) return true;
        const x = r.value;
        const v = singletonWorths(g);
        const M = marginalVector(g);
        const all = grandWorth(g);
        const d = x.map((xi, i) => (all - xi - (all - (M[i] as number))) / (xi - (v[i] as number)));
        const finite = d.filter((_, i) => Math.abs((x[i] as number) - (v[i] as number)) > 1e-9);
        return (
          approxEqual(sum(x), all) &&
          finite.every((di) => approxEqual(di, finite[0] as number, 1e-7))
        );
      }),
    );
  });
});

test('equal split', () => {
  expect(equalSplit(loadGame('three-partners'))).toEqual([24, 24, 24]);
});
