/**
 * Multilateral bargaining on TU problems, against hand-derived equilibria: Baron–Ferejohn
 * (unanimity, majority, a veto player as in Winter 1996), Krishna–Serrano's proposer share,
 * and the finite horizon against the two-player Ståhl chain of bargaining/rubinstein.ts.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { baronFerejohn } from '../../engine/bargaining/baronFerejohn';
import { tuSet } from '../../engine/bargaining/coalitionalSet';
import { finiteHorizon } from '../../engine/bargaining/finiteHorizon';
import { krishnaSerrano } from '../../engine/bargaining/krishnaSerrano';
import { rubinsteinShares } from '../../engine/bargaining/rubinstein';

const same = (n: number, x: number) => new Array<number>(n).fill(x);
const one = () => 1;
/** Winning sets of a quota game of n equal players. */
const quota = (n: number, k: number) =>
  Array.from({ length: (1 << n) - 1 }, (_, i) => i + 1).filter(
    (s) => s.toString(2).replace(/0/g, '').length >= k,
  );

describe('Baron–Ferejohn stationary equilibrium', () => {
  test('under unanimity each player gets p_i·S, whatever the common δ', () => {
    const p = [0.5, 0.3, 0.2];
    for (const d of [0.5, 0.9, 0.99]) {
      const r = baronFerejohn(tuSet(3, one, [7]), { recognition: p, discount: same(3, d) });
      r.gains.forEach((g, i) => expect(g).toBeCloseTo(p[i] as number, 9));
    }
  });

  test('a symmetric majority of three splits equally', () => {
    const r = baronFerejohn(tuSet(3, one, quota(3, 2)), {
      recognition: same(3, 1 / 3),
      discount: same(3, 0.8),
    });
    r.gains.forEach((g) => expect(g).toBeCloseTo(1 / 3, 9));
  });

  test('a veto player with p = 1/3 gets (2 − δ)/(6 − 5δ) of the pie (hand-derived)', () => {
    // Player 0 must be in every winning set: {0,1}, {0,2}, {0,1,2}. With e = (a, b, b):
    // a = (1 − δb)/3 + (2/3)δa and a + 2b = 1 give a = (2 − δ)/(6 − 5δ) → 1 as δ → 1 (Winter).
    for (const d of [0.5, 0.9, 0.999]) {
      const r = baronFerejohn(tuSet(3, one, [3, 5, 7]), {
        recognition: same(3, 1 / 3),
        discount: same(3, d),
      });
      const a = (2 - d) / (6 - 5 * d);
      expect(r.gains[0]).toBeCloseTo(a, 9);
      expect(r.gains[1]).toBeCloseTo((1 - a) / 2, 9);
    }
  });

  test('a likelier proposer in a majority of three gets (2 − δ)/(4 − δ) (hand-derived)', () => {
    // p = (1/2, 1/4, 1/4): everyone buys the cheaper of 1 and 2, so a = (1 − δb)/2 and
    // b = 1/4 + δb/4: b = 1/(4 − δ), a = (2 − δ)/(4 − δ).
    const d = 0.9;
    const r = baronFerejohn(tuSet(3, one, quota(3, 2)), {
      recognition: [0.5, 0.25, 0.25],
      discount: same(3, d),
    });
    expect(r.gains[0]).toBeCloseTo((2 - d) / (4 - d), 9);
    expect(r.gains[1]).toBeCloseTo(1 / (4 - d), 9);
    expect(r.gains[2]).toBeCloseTo(1 / (4 - d), 9);
  });

  test('quota games: no delay, and a likelier proposer never gets less (Eraslan 2002)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 5, maxLength: 5 }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (n, weights, d) => {
          const w = weights.slice(0, n);
          const total = w.reduce((a, b) => a + b, 0);
          const p = w.map((x) => x / total);
          const k = Math.floor(n / 2) + 1;
          const r = baronFerejohn(tuSet(n, one, quota(n, k)), {
            recognition: p,
            discount: same(n, d),
          });
          expect(r.gains.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++)
              if ((p[i] as number) > (p[j] as number))
                expect(r.gains[i] as number).toBeGreaterThanOrEqual((r.gains[j] as number) - 1e-6);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('Krishna–Serrano', () => {
  test('the proposer keeps S/(1 + (n − 1)δ) and each responder δ times that', () => {
    for (const [n, d] of [
      [3, 0.5],
      [4, 0.9],
      [7, 0.99],
    ] as const) {
      const all = (1 << n) - 1;
      const r = krishnaSerrano(tuSet(n, one, [all]), same(n, d), 0);
      if (!r) throw new Error('no agreement');
      const y = 1 / (1 + (n - 1) * d);
      expect(r.gains[0]).toBeCloseTo(y, 9);
      for (let j = 1; j < n; j++) expect(r.gains[j]).toBeCloseTo(d * y, 9);
    }
  });

  test('needs unanimity: undefined when the grand coalition is not the deciding set', () => {
    expect(krishnaSerrano(tuSet(3, one, [3]), same(3, 0.9), 0)).toBeUndefined();
  });
});

describe('finite horizon', () => {
  test('two players in strict alternation give Ståhl’s shares', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 0.99, noNaN: true }),
        fc.double({ min: 0.1, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (d0, d1, days) => {
          // Player 0 proposes on the last day and every second day before it.
          const r = finiteHorizon(tuSet(2, one, [3]), [d0, d1], days, (day) =>
            (days - day) % 2 === 0 ? [1, 0] : [0, 1],
          );
          const first = (days - 1) % 2 === 0 ? 0 : 1;
          const expected = rubinsteinShares([d0, d1], first, days);
          expect(r.gains[0]).toBeCloseTo(expected[0] as number, 9);
          expect(r.gains[1]).toBeCloseTo(expected[1] as number, 9);
          expect(r.path).toHaveLength(days);
        },
      ),
      { numRuns: 50 },
    );
  });

  test('with the last proposer fixed, one more day moves the split little', () => {
    // The two-player chain with a fixed first mover flips with parity; fixing the last
    // proposer instead keeps neighbouring horizons together.
    const run = (days: number) =>
      finiteHorizon(tuSet(2, one, [3]), [0.97, 0.99], days, (day) =>
        (days - day) % 2 === 0 ? [1, 0] : [0, 1],
      ).gains[0] as number;
    for (const days of [21, 22, 23]) expect(Math.abs(run(days) - run(days + 1))).toBeLessThan(0.05);
  });
});
