import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { voteBuying } from '../../engine/bargaining/voteBuying';
import { solveLp, type LpRow } from '../../engine/shared/lp';
import { approxEqual } from '../../engine/shared/numeric';

/**
 * Brute-force oracle: for every supporting set F (natural supporters included, |F| ≥ m),
 * an LP minimizing Σ a_i such that every k-subset of F (k = |F| − m + 1) costs the rival
 * at least W, i.e. Σ_{i∈K} (u_i + a_i) ≥ W, with u_i + a_i ≥ 0 on F.
 */
async function bruteForceCost(u: readonly number[], W: number, m: number): Promise<number> {
  const n = u.length;
  let best = Infinity;
  for (let F = 0; F < 1 << n; F++) {
    const members = u.flatMap((_, i) => ((F >>> i) & 1 ? [i] : []));
    if (members.length < m || u.some((ui, i) => ui > 0 && !((F >>> i) & 1))) continue;
    const k = members.length - m + 1;
    const rows: LpRow[] = [];
    const choose = (start: number, picked: number[]) => {
      if (picked.length === k) {
        const coeffs = new Float64Array(n);
        let base = 0;
        for (const i of picked) {
          coeffs[i] = 1;
          base += u[i] as number;
        }
        rows.push({ coeffs, lo: W - base, hi: Infinity });
        return;
      }
      for (let j = start; j < members.length; j++) choose(j + 1, [...picked, members[j] as number]);
    };
    choose(0, []);
    const lower = u.map((ui, i) => ((F >>> i) & 1 ? Math.max(0, -ui) : 0));
    const upper = u.map((_, i) => ((F >>> i) & 1 ? Infinity : 0));
    const r = await solveLp({ sense: 'min', cost: u.map(() => 1), lower, upper, rows });
    if (r.status === 'optimal') best = Math.min(best, r.objective);
  }
  return best;
}

describe('Groseclose & Snyder (1996) vote buying', () => {
  test('supermajorities are cheaper: u = (0,0,0), W = 1, m = 2 → buy all three for 1.5', () => {
    const r = voteBuying([0, 0, 0], 1, 2);
    expect(r.cost).toBeCloseTo(1.5, 12);
    expect(r.coalitionSize).toBe(3);
    expect(r.bribes).toEqual([0.5, 0.5, 0.5]);
  });

  test('no rival money: only the opponents needed for the quota are bought, at their reservation', () => {
    const r = voteBuying([2, -1, -3], 0, 2);
    expect(r.cost).toBeCloseTo(1, 12);
    expect(r.bribes).toEqual([0, 1, 0]);
  });

  test('matches a brute-force LP over every supporting set (random small bodies)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        async (u, W, mRaw) => {
          const m = Math.min(mRaw, u.length);
          const r = voteBuying(u, W, m);
          const oracle = await bruteForceCost(u, W, m);
          // The bribes really work: the rival cannot flip enough with budget W (ties aside).
          // A's voters: natural supporters and everyone bribed; B flips the cheapest.
          const voters = u
            .map((ui, i) => ui + (r.bribes[i] as number))
            .filter((_, i) => (u[i] as number) > 0 || (r.bribes[i] as number) > 0)
            .sort((a, b) => a - b);
          const need = voters.length - m + 1;
          const rivalCost = voters.slice(0, need).reduce((a, b) => a + b, 0);
          return approxEqual(r.cost, oracle, 1e-7) && (need <= 0 || rivalCost >= W - 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });
});
