/**
 * A root of f on [a, b] where f(a) and f(b) differ in sign, by the Illinois variant of
 * regula falsi: the secant through the bracket, with the retained end's value halved when
 * the same end is kept twice, so convergence is superlinear on smooth pieces and the
 * bracket is never lost on kinks. Returns the bracketing end closer to zero in |f|.
 * Ref: Dowell & Jarratt (1971), "A modified regula falsi method for computing the root of
 * an equation", BIT 11.
 */
export function bracketRoot(
  f: (x: number) => number | undefined,
  a: number,
  b: number,
  { tol = 1e-12, maxIterations = 100 }: { tol?: number; maxIterations?: number } = {},
): number | undefined {
  let fa = f(a);
  let fb = f(b);
  if (fa === undefined || fb === undefined) return undefined;
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (fa * fb > 0) return undefined;
  const width = Math.abs(b - a);
  let side = 0;
  for (let k = 0; k < maxIterations; k++) {
    const x = (a * fb - b * fa) / (fb - fa);
    const fx = f(x);
    if (fx === undefined) return undefined;
    if (fx === 0 || Math.abs(b - a) <= tol * Math.max(1, width)) return x;
    if (fx * fb > 0) {
      // x replaces b; if a was kept last time too, halve its value (Illinois).
      b = x;
      fb = fx;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = x;
      fa = fx;
      if (side === 1) fb /= 2;
      side = 1;
    }
    if (Math.abs(fx) <= tol) return x;
  }
  return Math.abs(fa) < Math.abs(fb) ? a : b;
}
