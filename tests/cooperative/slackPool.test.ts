/**
 * The pool's promise (engine/cooperative/slackPool.ts): while the steps stay within
 * `safeStep`, no coalition outside the pool has become violated. Checked by recomputing every
 * slack from scratch after random steps along random directions, with a small pool.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SlackPool } from '../../engine/cooperative/slackPool';
import { HalfSums } from '../../engine/shared/halfSums';

/** x(S) + t − v(S), summed bit by bit (not through the half tables the pool uses). */
function slackOf(v: Float64Array, x: Float64Array, t: number, s: number): number {
  let total = t - (v[s] as number);
  for (let i = 0; i < x.length; i++) if ((s >>> i) & 1) total += x[i] as number;
  return total;
}

const arbCase = fc.integer({ min: 4, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    worths: fc.array(fc.integer({ min: -50, max: 200 }), { minLength: 2 ** n, maxLength: 2 ** n }),
    x: fc.array(fc.integer({ min: -20, max: 40 }), { minLength: n, maxLength: n }),
    moves: fc.array(
      fc.record({
        d: fc.array(fc.integer({ min: -10, max: 10 }), {
          minLength: n + 1,
          maxLength: n + 1,
        }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  }),
);

describe('slack pool', () => {
  test('steps within safeStep never pass a coalition outside the pool', () => {
    fc.assert(
      fc.property(arbCase, ({ n, worths, x: x0, moves }) => {
        const v = Float64Array.from(worths);
        v[0] = 0;
        const x = Float64Array.from(x0);
        const settled = new Uint8Array(2 ** n);
        const last = 2 ** n - 1;
        let t = -Infinity;
        for (let s = 1; s < last; s++) t = Math.max(t, -slackOf(v, x, 0, s));
        const pool = new SlackPool(8);
        pool.collect(new HalfSums(n).fill(x), t, v, settled);
        for (const { d: raw, share } of moves) {
          const norm = Math.hypot(...raw);
          if (norm < 1e-6) continue;
          const d = Float64Array.from(raw, (value) => value / norm);
          const safe = pool.safeStep(d);
          if (!(safe > 0)) break;
          // A step up to the bound (capped where nothing outside could block anyway).
          const alpha = Math.min(safe, 1e3) * share;
          pool.advance(alpha, d);
          for (let i = 0; i < n; i++) x[i] = (x[i] as number) + alpha * (d[i] as number);
          t += alpha * (d[n] as number);
          const inPool = new Set(pool.ids.subarray(0, pool.size));
          for (let s = 1; s < last; s++) {
            if (!inPool.has(s)) expect(slackOf(v, x, t, s)).toBeGreaterThanOrEqual(-1e-9);
          }
          // Each bucket's floor, less the drift, still bounds its coalitions' slack.
          for (let b = 0; b < pool.floor.length; b++) {
            for (let k = pool.start[b] as number; k < (pool.start[b + 1] as number); k++) {
              const s = pool.ids[k] as number;
              expect(slackOf(v, x, t, s)).toBeGreaterThanOrEqual(
                (pool.floor[b] as number) - pool.drift - 1e-9,
              );
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a pool that holds every coalition vouches for any step', () => {
    const n = 4;
    const v = Float64Array.from({ length: 16 }, (_, s) => (s === 0 ? 0 : s));
    const pool = new SlackPool(64);
    pool.collect(new HalfSums(n).fill(new Float64Array(n)), 20, v, new Uint8Array(16));
    expect(pool.size).toBe(14);
    expect(pool.safeStep(Float64Array.of(-1, 0, 0, 0, 0))).toBe(Infinity);
  });

  test('dropping coalitions keeps every other one, in a bucket whose floor bounds it', () => {
    const n = 6;
    const v = Float64Array.from({ length: 64 }, (_, s) => (s === 0 ? 0 : (s * 37) % 101));
    const pool = new SlackPool(64);
    const x = new HalfSums(n).fill(new Float64Array(n));
    pool.collect(x, 100, v, new Uint8Array(64));
    const before = [...pool.ids.subarray(0, pool.size)];
    expect(before.length).toBeGreaterThan(20);
    for (const gone of [before[0], before[17], before[9], before.at(-1)] as number[])
      pool.drop(gone);
    const after = [...pool.ids.subarray(0, pool.size)];
    expect(after.length).toBe(before.length - 4);
    expect(new Set(after)).toEqual(
      new Set(before.filter((_, k) => ![0, 9, 17, before.length - 1].includes(k))),
    );
    for (let b = 0; b < pool.floor.length; b++)
      for (let k = pool.start[b] as number; k < (pool.start[b + 1] as number); k++)
        expect(100 - (v[pool.ids[k] as number] as number)).toBeGreaterThanOrEqual(
          pool.floor[b] as number,
        );
  });
});
