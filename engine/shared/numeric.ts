/**
 * The one floating-point tolerance of the engine, and comparisons built on it.
 * Never compare floats with `===`: solver output goes through these helpers.
 */

/** Absolute/relative tolerance used by every comparison in the engine. */
export const EPS = 1e-9;

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
