/**
 * Monte Carlo Shapley value for games too large to enumerate: average each player's
 * marginal contribution over random orders, with a normal-approximation confidence
 * interval from the sample variance. The worth function sees coalitions as membership
 * flags, so any n works (weighted bodies of hundreds of members included).
 * Ref: Castro, Gómez & Tejada (2009), "Polynomial calculation of the Shapley value based
 * on sampling", Computers & Operations Research 36.
 */
import type { Rng } from '../shared/rng';

export interface MonteCarloShapley {
  readonly estimate: number[];
  /** Half-width of the confidence interval of each estimate. */
  readonly halfWidth: number[];
  readonly samples: number;
}

/**
 * @param worth v(S) for the coalition flagged in `members` (1 = in S).
 * @param z the normal quantile of the interval (1.96 for 95%).
 */
export function monteCarloShapley(
  n: number,
  worth: (members: Uint8Array) => number,
  samples: number,
  rng: Rng,
  z = 1.96,
): MonteCarloShapley {
  const mean = new Float64Array(n);
  const m2 = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const members = new Uint8Array(n);
  for (let k = 1; k <= samples; k++) {
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    members.fill(0);
    let before = worth(members);
    for (const p of order) {
      members[p] = 1;
      const after = worth(members);
      const x = after - before;
      before = after;
      // Welford's online mean and variance.
      const delta = x - (mean[p] as number);
      mean[p] = (mean[p] as number) + delta / k;
      m2[p] = (m2[p] as number) + delta * (x - mean[p]);
    }
  }
  const halfWidth = Array.from(m2, (s) =>
    samples > 1 ? z * Math.sqrt(s / (samples - 1) / samples) : Infinity,
  );
  return { estimate: Array.from(mean), halfWidth, samples };
}

/** The worth function of a weighted voting game, for {@link monteCarloShapley}. */
export function weightedWorth(
  weights: readonly number[],
  quota: number,
): (members: Uint8Array) => number {
  return (members) => {
    let w = 0;
    for (let i = 0; i < weights.length; i++) if (members[i]) w += weights[i] as number;
    return w >= quota ? 1 : 0;
  };
}
