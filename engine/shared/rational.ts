/**
 * Exact rationals on BigInt, and rational reconstruction of float results.
 * The solvers run in floating point; a result is shown as a fraction only when the
 * continued-fraction reconstruction of every component is found AND checked exactly
 * (e.g. an allocation's fractions must add up to v(N) exactly).
 * Ref: Khinchin, "Continued Fractions" (best rational approximations).
 */

export interface Rational {
  readonly num: bigint;
  readonly den: bigint; // > 0, gcd(num, den) = 1
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('zero denominator');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

export function addRational(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function equalRational(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

export function formatRational(r: Rational): string {
  return r.den === 1n ? String(r.num) : `${r.num}/${r.den}`;
}

export function rationalToNumber(r: Rational): number {
  return Number(r.num) / Number(r.den);
}

/** Largest denominator tried; above ~1/√tol reconstruction stops being unique. */
export const MAX_DENOMINATOR = 100_000;
// Far below 1/(2·MAX_DENOMINATOR²): an irrational value is not mistaken for a fraction
// (π's convergent 312689/99532 is 2.9e-11 off), yet float noise of ~1e-14 passes.
const RECONSTRUCT_TOL = 5e-12;

/**
 * The simplest fraction within a tolerance of x (first continued-fraction convergent
 * close enough), or undefined when none has a denominator ≤ maxDen.
 * @example reconstructRational(0.6666666666667) // → 2/3
 */
export function reconstructRational(
  x: number,
  maxDen = MAX_DENOMINATOR,
  tol = RECONSTRUCT_TOL,
): Rational | undefined {
  if (!Number.isFinite(x) || Math.abs(x) > 1e15) return undefined;
  const bound = tol * Math.max(1, Math.abs(x));
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let y = x;
  for (let iter = 0; iter < 64; iter++) {
    const a = Math.floor(y);
    const ab = BigInt(a);
    [p0, q0, p1, q1] = [p1, q1, ab * p1 + p0, ab * q1 + q0];
    if (q1 > BigInt(maxDen)) return undefined;
    if (Math.abs(x - Number(p1) / Number(q1)) <= bound) return rational(p1, q1);
    const frac = y - a;
    if (frac < 1e-15) return undefined;
    y = 1 / frac;
  }
  return undefined;
}

/** Exact fractions for every number, or undefined if any one has none. */
export function reconstructAll(xs: readonly number[]): Rational[] | undefined {
  const out: Rational[] = [];
  for (const x of xs) {
    const r = reconstructRational(x);
    if (!r) return undefined;
    out.push(r);
  }
  return out;
}

/**
 * Exact fractions of an allocation, checked exactly: they must sum to `total`, itself
 * reconstructed from an input worth. Returns strings such as "7/3", or undefined.
 */
export function exactAllocation(x: readonly number[], total: number): string[] | undefined {
  const parts = reconstructAll(x);
  const t = reconstructRational(total);
  if (!parts || !t) return undefined;
  const s = parts.reduce(addRational, rational(0n));
  return equalRational(s, t) ? parts.map(formatRational) : undefined;
}

/** Exact fractions of independent numbers (no sum to check): each must reconstruct. */
export function exactNumbers(xs: readonly number[]): string[] | undefined {
  return reconstructAll(xs)?.map(formatRational);
}
