/**
 * Stationary equilibrium of Baron–Ferejohn bargaining (closed rule): each round player k
 * is recognised with probability p_k and proposes an agreement; it passes if a winning set
 * accepts. A responder j accepts anything worth at least δ_j·e_j, its discounted
 * continuation value, so the proposer buys the winning set that leaves it most (or waits,
 * keeping δ_k·e_k). The ex-ante values solve e = Σ_k p_k·x^k(δ∘e); they are unique (Eraslan
 * 2002 for quota games; Eraslan and McLennan 2013 for every simple game), and with a TU
 * pie S under unanimity e_i = p_i·S for every δ.
 *
 * Where proposers are indifferent between sets the equilibrium mixes, and the best-response
 * map jumps. So the fixed point is traced through logit-smoothed best responses (choice
 * probabilities ∝ exp(payoff/τ), McKelvey and Palfrey 1995), solved by Newton's method for a
 * falling sequence of τ, each warm-started from the last; at the final τ the payoffs are
 * within about τ·ln(options) of the equilibrium's, and the residual at that τ is returned.
 * Ref: Baron and Ferejohn (1989), "Bargaining in legislatures", APSR 83;
 *      Eraslan (2002), "Uniqueness of stationary equilibrium payoffs in the Baron–Ferejohn
 *      model", JET 103; Winter (1996), "Voting and vetoing", APSR 90 (veto players).
 * @example baronFerejohn(tuSet(3, () => 1, [7]), { recognition: [0.5, 0.3, 0.2], discount: [0.9, 0.9, 0.9] }).gains // unanimity → [0.5, 0.3, 0.2]
 */
import { maxAbs, newton, NEWTON_EVERY } from './fixedPoint';
import type { CoalitionalSet, Proposal } from './coalitionalSet';

export interface BaronFerejohnOptions {
  /** Recognition probabilities, one per player, summing to 1. */
  readonly recognition: readonly number[];
  /** Per-round discount factors in (0, 1). */
  readonly discount: readonly number[];
}

export interface StationaryValues {
  /** Ex-ante expected gains e_i. */
  readonly gains: number[];
  /** Expected transfers in value that deliver them. */
  readonly transfers: number[];
  /** max_i |T_τ(e)_i − e_i| at the final smoothing τ. */
  readonly residual: number;
  /** The final smoothing temperature (US$ bn when the set is in bn). */
  readonly temperature: number;
}

/** A proposer's options: each winning set's best agreement for it, and waiting. */
function optionsOf(set: CoalitionalSet, k: number, floors: readonly number[]): Proposal[] {
  const out: Proposal[] = [];
  for (const s of set.winning) {
    if (!((s >>> k) & 1)) continue;
    const p = set.propose(k, s, floors);
    if (p) out.push(p);
  }
  out.push({ gains: floors, transfers: new Array<number>(set.n).fill(0) });
  return out;
}

/** Logit choice probabilities; an option more than 40τ below the best gets none. */
function logit(values: readonly number[], tau: number): number[] {
  const top = Math.max(...values);
  const w = values.map((u) => (top - u > 40 * tau ? 0 : Math.exp((u - top) / tau)));
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
}

/** The smoothed Baron–Ferejohn operator T_τ(e), with the expected transfers. */
function smoothStep(
  set: CoalitionalSet,
  e: readonly number[],
  options: BaronFerejohnOptions,
  tau: number,
): { gains: number[]; transfers: number[] } {
  const n = set.n;
  const floors = e.map((x, j) => (options.discount[j] as number) * x);
  const gains = new Array<number>(n).fill(0);
  const transfers = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) {
    const p = options.recognition[k] as number;
    if (!(p > 0)) continue;
    const opts = optionsOf(set, k, floors);
    const mix = logit(
      opts.map((o) => o.gains[k] as number),
      tau,
    );
    opts.forEach((o, c) => {
      const w = p * (mix[c] as number);
      if (w === 0) return;
      for (let j = 0; j < n; j++) {
        gains[j] = (gains[j] as number) + w * (o.gains[j] as number);
        transfers[j] = (transfers[j] as number) + w * (o.transfers[j] as number);
      }
    });
  }
  return { gains, transfers };
}

/**
 * Plain iteration e ← T(e), at most 5,000 steps, stopping early once 100 steps bring no new
 * least residual (a proposer flipping between options); the iterate with the least residual.
 * Every NEWTON_EVERY steps `attempt` may finish from the current iterate (Newton, once iteration has
 * carried it past the kink that stalled it): its answer is returned at once.
 */
function iterate(
  map: (e: readonly number[]) => number[],
  start: readonly number[],
  tolerance: number,
  attempt: (e: readonly number[]) => number[] | undefined,
): number[] {
  let e = [...start];
  let best = e;
  let least = Infinity;
  let since = 0;
  for (let it = 0; it < 5_000; it++) {
    const next = map(e);
    const r = maxAbs(next.map((x, i) => x - (e[i] as number)));
    if (r < least) {
      least = r;
      best = e;
      since = 0;
    } else if (++since > 100) break;
    if (r <= tolerance) break;
    if (it > 0 && it % NEWTON_EVERY === 0) {
      const done = attempt(e);
      if (done) return done;
    }
    e = next;
  }
  return best;
}

export function baronFerejohn(
  set: CoalitionalSet,
  options: BaronFerejohnOptions,
): StationaryValues {
  const n = set.n;
  const zero = new Array<number>(n).fill(0);
  // The scale of the problem: what the best agreement is worth to anyone proposing it.
  const scale = Math.max(
    1e-12,
    ...set.winning.flatMap((s) =>
      Array.from({ length: n }, (_, k) =>
        (s >>> k) & 1 ? Math.abs(set.propose(k, s, zero)?.gains[k] ?? 0) : 0,
      ),
    ),
  );
  // Homotopy in τ: at τ = scale the smoothed map is nearly constant and Newton converges at
  // once; each lower level starts from the last level's answer, and a level Newton cannot
  // solve is retried closer to the last good τ (a smaller ratio).
  const finalTau = scale * 1e-8;
  const residualAt = (x: readonly number[], t: number) =>
    maxAbs(smoothStep(set, x, options, t).gains.map((g, i) => g - (x[i] as number)));
  // Newton first; where it stalls on a kink of the piecewise-linear frontier, plain
  // iteration (a contraction where no proposer mixes) gets past it and Newton finishes.
  const solveAt = (t: number, from: readonly number[]) => {
    const map = (x: readonly number[]) => smoothStep(set, x, options, t).gains;
    const step = Math.max(t * 1e-3, scale * 1e-13);
    const polish = (e: readonly number[]) => {
      const solved = newton(map, e, step, scale * 1e-13);
      return residualAt(solved, t) <= scale * 1e-9 ? solved : undefined;
    };
    const first = newton(map, from, step, scale * 1e-13);
    if (residualAt(first, t) <= scale * 1e-9) return first;
    return newton(map, iterate(map, first, scale * 1e-13, polish), step, scale * 1e-13);
  };
  let tau = scale;
  let e = solveAt(tau, zero);
  let ratio = 10;
  while (tau > finalTau && ratio > 1.05) {
    const t = Math.max(finalTau, tau / ratio);
    const trial = solveAt(t, e);
    if (residualAt(trial, t) <= scale * 1e-9) {
      e = trial;
      tau = t;
      ratio = Math.min(10, ratio * 2);
    } else ratio = Math.sqrt(ratio);
  }
  const last = smoothStep(set, e, options, tau);
  return {
    gains: e,
    transfers: last.transfers,
    residual: maxAbs(last.gains.map((x, i) => x - (e[i] as number))),
    temperature: tau,
  };
}
