/**
 * The fixed point of a bargaining operator x ↦ T(x): Newton's method first (with a
 * finite-difference Jacobian; exact in a few steps on the piecewise-linear operators of
 * bargaining over a priced frontier), then, if it stalls, value iteration: plain iteration
 * (Banach) while the residual shrinks, and Krasnosel'skii–Mann averaging with steps 1/k
 * once it stops shrinking — which happens where a proposer is indifferent between options
 * (signatory sets, or proposing and delaying at the budget's edge) and the equilibrium
 * mixes. The residual max_i |T(x)_i − x_i| is returned so callers can say how exact it is.
 * Ref: Mann (1953), "Mean value methods in iteration", Proc. AMS 4; Kelley (1995),
 * "Iterative Methods for Linear and Nonlinear Equations" (Newton with a difference Jacobian).
 */
import { solveLinearSystem } from '../shared/linearSystem';

export interface FixedPoint {
  readonly x: number[];
  readonly residual: number;
  readonly iterations: number;
}

/** Relative residual at which iteration stops. */
const EXACT = 1e-13;
/** Value-iteration steps between two Newton attempts. */
export const NEWTON_EVERY = 250;

export const maxAbs = (xs: readonly number[]) => Math.max(0, ...xs.map(Math.abs));
const sumSquares = (xs: readonly number[]) => xs.reduce((s, x) => s + x * x, 0);

/**
 * Newton's method on F(e) = T(e) − e from `start`: a forward-difference Jacobian with the
 * given step, a backtracking line search on ‖F‖², at most 60 steps; stops where no step
 * lowers the residual. On a piecewise-linear T it lands on the fixed point of the piece it
 * reaches in a few steps, where value iteration creeps at the rate of T's contraction.
 */
export function newton(
  map: (e: readonly number[]) => number[],
  start: readonly number[],
  step: number,
  tolerance: number,
): number[] {
  let e = [...start];
  let f = map(e).map((t, i) => t - (e[i] as number));
  for (let it = 0; it < 60 && maxAbs(f) > tolerance; it++) {
    const n = e.length;
    const jac: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let c = 0; c < n; c++) {
      const shifted = [...e];
      shifted[c] = (shifted[c] as number) + step;
      const fc = map(shifted).map((t, i) => t - (shifted[i] as number));
      for (let r = 0; r < n; r++)
        (jac[r] as number[])[c] = ((fc[r] as number) - (f[r] as number)) / step;
    }
    const delta = solveLinearSystem(
      jac,
      f.map((x) => -x),
    );
    if (!delta) break;
    let lambda = 1;
    let moved = false;
    for (let back = 0; back < 30; back++, lambda /= 2) {
      const trial = e.map((x, i) => x + lambda * (delta[i] as number));
      const ft = map(trial).map((t, i) => t - (trial[i] as number));
      if (sumSquares(ft) < sumSquares(f)) {
        e = trial;
        f = ft;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return e;
}

export function fixedPoint(
  map: (x: readonly number[]) => number[],
  start: readonly number[],
  maxIterations = 20_000,
): FixedPoint {
  const scale = Math.max(1, maxAbs(map(start)));
  const exact = EXACT * scale;
  const residualAt = (y: readonly number[]) => maxAbs(map(y).map((t, i) => t - (y[i] as number)));
  const polish = (from: readonly number[]) => newton(map, from, 1e-7 * scale, exact);
  const first = polish(start);
  const firstResidual = residualAt(first);
  if (firstResidual <= exact) return { x: first, residual: firstResidual, iterations: 0 };
  // Newton stalled at a kink: value iteration, with Newton again from its iterate every
  // NEWTON_EVERY steps (value iteration alone can hover far from the fixed point when T is
  // not a contraction).
  let x = [...start];
  let tx = map(x);
  let previous = Infinity;
  let mann = 0;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const r = maxAbs(tx.map((v, i) => v - (x[i] as number)));
    if (r <= EXACT * Math.max(1, maxAbs(x))) break;
    if (iterations > 0 && iterations % NEWTON_EVERY === 0) {
      const polished = polish(x);
      const rp = residualAt(polished);
      if (rp <= exact) return { x: polished, residual: rp, iterations };
    }
    if (mann === 0 && r > previous && iterations > 50) mann = 1;
    previous = r;
    const alpha = mann === 0 ? 1 : 1 / ++mann;
    x = x.map((v, i) => v + alpha * ((tx[i] as number) - v));
    tx = map(x);
  }
  return { x, residual: maxAbs(tx.map((v, i) => v - (x[i] as number))), iterations };
}
