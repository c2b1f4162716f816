/**
 * The fixed point of a bargaining operator x ↦ T(x) by value iteration: plain iteration
 * (Banach) while the residual shrinks, and Krasnosel'skii–Mann averaging with steps 1/k
 * once it stops shrinking — which happens where a proposer is indifferent between options
 * (signatory sets, or proposing and delaying at the budget's edge) and the equilibrium
 * mixes. The residual max_i |T(x)_i − x_i| is returned so callers can say how exact it is.
 * Ref: Mann (1953), "Mean value methods in iteration", Proc. AMS 4.
 */

export interface FixedPoint {
  readonly x: number[];
  readonly residual: number;
  readonly iterations: number;
}

/** Relative residual at which iteration stops. */
const EXACT = 1e-13;

export function fixedPoint(
  map: (x: readonly number[]) => number[],
  start: readonly number[],
  maxIterations = 20_000,
): FixedPoint {
  let x = [...start];
  let tx = map(x);
  let previous = Infinity;
  let mann = 0;
  let iterations = 0;
  const residualOf = (a: readonly number[], b: readonly number[]) =>
    Math.max(0, ...a.map((v, i) => Math.abs(v - (b[i] as number))));
  for (; iterations < maxIterations; iterations++) {
    const r = residualOf(tx, x);
    if (r <= EXACT * Math.max(1, ...x.map(Math.abs))) break;
    if (mann === 0 && r > previous && iterations > 50) mann = 1;
    previous = r;
    const alpha = mann === 0 ? 1 : 1 / ++mann;
    x = x.map((v, i) => v + alpha * ((tx[i] as number) - v));
    tx = map(x);
  }
  return { x, residual: residualOf(tx, x), iterations };
}
