import { TOL } from '../shared/numeric';
/**
 * Groseclose–Snyder vote buying with a first-moving lobbyist A and a rival B.
 * Legislator i has preference u_i (> 0 favours A's bill). A pays bribes a_i ≥ 0 first;
 * then B, with budget W, flips legislator i by paying max(0, u_i + a_i) (B wins ties).
 * The bill passes iff at least m legislators still vote for it. So A must pick a
 * supporting set F (|F| = s ≥ m) whose k = s − m + 1 cheapest-to-flip members cost B
 * at least W together. For a given F the cheapest bribes level the bribed members'
 * totals: r_i = max(u_i, L); A then chooses the supermajority size s that minimizes cost.
 * Since B wins ties, A's "cost" is an infimum (bribes of exactly this size leave B
 * indifferent). Ref: Groseclose & Snyder (1996), "Buying supermajorities", APSR 90.
 * @example voteBuying([0, 0, 0], 1, 2).cost // → 1.5: a supermajority of 3 is cheaper
 */

export interface VoteBuyingResult {
  /** A's minimal total bribe (an infimum); Infinity when no schedule wins. */
  readonly cost: number;
  /** One optimal bribe vector, in legislator order. */
  readonly bribes: number[];
  /** Size of the coalition A buys. */
  readonly coalitionSize: number;
}

/** Smallest L with Σ_j max(u_j, L) ≥ W over the given (ascending) preferences. */
function levelFor(sortedAsc: readonly number[], budget: number): number {
  const k = sortedAsc.length;
  if (sortedAsc.reduce((s, x) => s + x, 0) >= budget) return -Infinity;
  // With L between u_(j) and u_(j+1), the j lowest are raised: j·L + Σ_{i>j} u_i = W.
  let suffix = sortedAsc.reduce((s, x) => s + x, 0);
  for (let j = 1; j <= k; j++) {
    suffix -= sortedAsc[j - 1] as number;
    const L = (budget - suffix) / j;
    const next = j < k ? (sortedAsc[j] as number) : Infinity;
    if (L <= next) return L;
  }
  return budget / k;
}

export function voteBuying(
  preferences: readonly number[],
  rivalBudget: number,
  quota: number,
): VoteBuyingResult {
  const n = preferences.length;
  if (quota > n || quota < 1)
    return { cost: Infinity, bribes: preferences.map(() => 0), coalitionSize: 0 };
  const order = preferences
    .map((_, i) => i)
    .sort((a, b) => (preferences[b] as number) - (preferences[a] as number));
  const natural = preferences.filter((u) => u > 0).length;
  let best: VoteBuyingResult | undefined;
  for (let s = Math.max(quota, natural); s <= n; s++) {
    const members = order.slice(0, s);
    const asc = members.map((i) => preferences[i] as number).sort((a, b) => a - b);
    const k = s - quota + 1;
    // Members with u ≤ 0 need r > 0 to vote for A at all: level at least 0 (infimum).
    const level = Math.max(levelFor(asc.slice(0, k), rivalBudget), 0);
    const bribes = preferences.map(() => 0);
    let cost = 0;
    for (const i of members) {
      const a = Math.max(0, level - (preferences[i] as number));
      bribes[i] = a;
      cost += a;
    }
    if (!best || cost < best.cost - TOL.amount) best = { cost, bribes, coalitionSize: s };
  }
  return best ?? { cost: Infinity, bribes: preferences.map(() => 0), coalitionSize: 0 };
}
