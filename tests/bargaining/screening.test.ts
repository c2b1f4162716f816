/**
 * Screening by rising offers (engine/bargaining/screening.ts) against hand-derived
 * schedules and an independent brute force over whole offer sequences.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { screeningOffer, screeningTable } from '../../engine/bargaining/screening';

const unit = { lo: 0, hi: 1 };

/** The buyer's expected value of the rising offers xs (one a day) against a uniform price. */
function scheduleValue(xs: readonly number[], lo: number, hi: number, worth: number, d: number) {
  let prev = lo;
  let total = 0;
  xs.forEach((x, day) => {
    const accepted = Math.max(0, (Math.min(x, hi) - prev) / (hi - lo));
    total += d ** day * accepted * (worth - x);
    prev = Math.max(prev, Math.min(x, hi));
  });
  return total;
}

describe('screening: the leader buying a signature of uncertain price', () => {
  test('one day left: offer min(hi, (lo + V)/2), the monopsony price against a uniform cost', () => {
    const t = screeningTable(0.97, 1);
    for (const a of [0.2, 0.8, 1.5, 1.99, 3, 40])
      expect(screeningOffer(t, 1, unit, a)).toBeCloseTo(Math.min(1, a / 2), 9);
    expect(screeningOffer(t, 1, { lo: 0.2, hi: 0.6 }, 0.9)).toBeCloseTo(0.55, 9);
  });

  test('two days left: q = (a(1 − δ) + δ)/2 where that lies in [2 − a, 1] (hand-derived)', () => {
    for (const d of [0.97, 0.9, 1]) {
      const t = screeningTable(d, 2);
      for (const a of [2.5, 4, 7, 12]) {
        const q = (a * (1 - d) + d) / 2;
        if (q > 1 || q < 2 - a) continue;
        expect(screeningOffer(t, 2, unit, a)).toBeCloseTo(q, 4);
      }
    }
  });

  test('three days: the table value equals the best of every rising schedule (brute force)', () => {
    const d = 0.95;
    const t = screeningTable(d, 3);
    for (const worth of [0.8, 1.6, 3]) {
      const steps = 60;
      let best = 0;
      for (let i = 0; i <= steps; i++)
        for (let j = i; j <= steps; j++)
          for (let k = j; k <= steps; k++) {
            const v = scheduleValue([i / steps, j / steps, k / steps], 0, 1, worth, d);
            if (v > best) best = v;
          }
      const x = screeningOffer(t, 3, unit, worth);
      // Following the table day by day (each refusal raises the low end to the offer).
      const x2 = screeningOffer(t, 2, { lo: x, hi: 1 }, worth);
      const x3 = screeningOffer(t, 1, { lo: x2, hi: 1 }, worth);
      const followed = scheduleValue([x, x2, x3], 0, 1, worth, d);
      expect(followed).toBeGreaterThanOrEqual(best - 2e-3);
      expect(followed).toBeLessThanOrEqual(best + 2e-3);
    }
  });

  test('offers stay in the belief, rise as the deadline nears and with the signature worth', () => {
    const t = screeningTable(1, 22);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.integer({ min: 2, max: 22 }),
        (lo, width, worth, k) => {
          const belief = { lo, hi: lo + width };
          const x = screeningOffer(t, k, belief, worth);
          expect(x).toBeGreaterThanOrEqual(lo - 1e-12);
          expect(x).toBeLessThanOrEqual(lo + width + 1e-12);
          expect(screeningOffer(t, k - 1, belief, worth)).toBeGreaterThanOrEqual(x - 1e-3 * width);
          expect(screeningOffer(t, k, belief, worth + 0.5)).toBeGreaterThanOrEqual(
            x - 1e-3 * width,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a belief with no width is paid its price; a discount outside (0, 1] is refused', () => {
    const t = screeningTable(1, 5);
    expect(screeningOffer(t, 5, { lo: 0.3, hi: 0.3 }, 2)).toBe(0.3);
    expect(() => screeningTable(0, 3)).toThrow(RangeError);
    expect(() => screeningTable(1.2, 3)).toThrow(RangeError);
  });
});
