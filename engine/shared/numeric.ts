/**
 * The engine's floating-point tolerances, named by what they are for, and the comparisons
 * built on them. Never compare floats with `===` and never write a tolerance literal
 * elsewhere: solver output and money amounts go through these names.
 */

/** The engine's tolerances. Each is relative to max(1, |values|) where a helper scales it. */
export const TOL: Readonly<Record<'compare' | 'amount' | 'check' | 'pivot' | 'dual', number>> =
  Object.freeze({
    /** Equality and order of computed quantities (payoffs, costs, budgets, excesses). */
    compare: 1e-9,
    /** An amount (payment, instrument use, gain) this small is no amount at all. */
    amount: 1e-12,
    /** Independent checks of solver output (Kohlberg, core vertices): looser than LP noise. */
    check: 1e-7,
    /** Pivot threshold of dense linear algebra (Gaussian elimination, spans). */
    pivot: 1e-10,
    /** A dual value counts as positive above this (complementary slackness). */
    dual: 1e-9,
  });

/** Absolute/relative tolerance used by comparisons in the engine ({@link TOL.compare}). */
export const EPS = TOL.compare;

/** |a − b| ≤ tol · max(1, |a|, |b|): absolute near zero, relative for large values. */
export function approxEqual(a: number, b: number, tol = EPS): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Element-wise {@link approxEqual} on two vectors of the same length. */
export function approxEqualVectors(a: readonly number[], b: readonly number[], tol = EPS): boolean {
  return a.length === b.length && a.every((x, i) => approxEqual(x, b[i] as number, tol));
}

/** a ≤ b up to the tolerance. */
export function approxLeq(a: number, b: number, tol = EPS): boolean {
  return a <= b + tol * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Sum of an array (plain left fold; inputs are small). */
export function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return s;
}

/** Snap values within the tolerance of zero to exactly 0 (avoids printing -0 or 1e-17). */
export function cleanZero(x: number, tol = EPS): number {
  return Math.abs(x) <= tol ? 0 : x;
}
