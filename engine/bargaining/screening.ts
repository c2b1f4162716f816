/**
 * Screening by rising offers: a buyer (the leader, buying a member's signature worth V to
 * it) has `k` days to make one offer a day to a seller whose price it knows only to lie,
 * uniformly, in [lo, hi]. The seller takes any offer that covers its price; a refusal tells
 * the buyer the price is above the offer, and each day of waiting multiplies what the
 * buyer gets by its discount factor δ. The buyer's best schedule of offers solves
 *   W_k(lo, hi) = max_x  F(x)(V − x) + (1 − F(x)) δ W_{k−1}(x, hi),  W_0 = 0,
 * with F(x) = (x − lo)/(hi − lo). Writing x = lo + q(hi − lo) and a = (V − lo)/(hi − lo),
 * the problem scales: W_k = (hi − lo) w_k(a) with
 *   w_k(a) = max_q  q(a − q) + δ (1 − q)² w_{k−1}((a − q)/(1 − q)),
 * so one table of w_k serves every member and every belief. With one
 * day left q = min(1, a/2); with two, q = (a(1 − δ) + δ)/2 while that lies in [2 − a, 1].
 * This is the commitment schedule of intertemporal price discrimination against a seller
 * who does not hold out for later offers (Stokey 1979; Fudenberg & Tirole 1991, Game
 * Theory, §10.2, whose equilibria with a patient seller concede less to waiting).
 */

export interface ScreeningTable {
  readonly discount: number;
  /** Normalized surplus a at the grid points, rising from 0. */
  readonly surplus: readonly number[];
  /** value[k − 1][i]: w_k(surplus[i]). */
  readonly value: readonly (readonly number[])[];
}

/** The grid: quadratic spacing puts points where w bends most (small a). */
const POINTS = 97;
const A_MAX = 400;
const COARSE = 24;
const REFINE = 24;

function gridPoints(): number[] {
  return Array.from({ length: POINTS }, (_, i) => A_MAX * (i / (POINTS - 1)) ** 2);
}

/** w at a by linear interpolation, extended past the grid along its last slope. */
function interpolate(grid: readonly number[], w: readonly number[], a: number): number {
  if (a <= 0) return 0;
  const last = grid.length - 1;
  // The grid is a_i = A_MAX (i / last)², so a's cell is found directly.
  const lo = Math.min(last - 1, Math.floor(last * Math.sqrt(a / A_MAX)));
  const [a0, a1] = [grid[lo] as number, grid[lo + 1] as number];
  const [w0, w1] = [w[lo] as number, w[lo + 1] as number];
  return w0 + ((a - a0) * (w1 - w0)) / (a1 - a0);
}

/** The best share with one day left, and its value. */
function lastDay(a: number): [number, number] {
  if (a <= 0) return [0, 0];
  const q = Math.min(1, a / 2);
  return [q, q * (a - q)];
}

/** The best share and value with k ≥ 1 days left at surplus a, given w_{k−1} on the grid. */
function bestShare(table: ScreeningTable, k: number, a: number): [number, number] {
  if (k <= 1 || a <= 0) return lastDay(a);
  const next = table.value[k - 2] as readonly number[];
  const { discount, surplus } = table;
  return maximize((q) =>
    q >= 1
      ? a - 1
      : q * (a - q) + discount * (1 - q) ** 2 * interpolate(surplus, next, (a - q) / (1 - q)),
  );
}

/** Maximize f on [0, 1]: a coarse grid, then golden-section search around its best point. */
function maximize(f: (q: number) => number): [number, number] {
  let best = 0;
  let bestValue = f(0);
  for (let j = 1; j <= COARSE; j++) {
    const v = f(j / COARSE);
    if (v > bestValue) [best, bestValue] = [j / COARSE, v];
  }
  let lo = Math.max(0, best - 1 / COARSE);
  let hi = Math.min(1, best + 1 / COARSE);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let j = 0; j < REFINE; j++) {
    const m1 = hi - g * (hi - lo);
    const m2 = lo + g * (hi - lo);
    if (f(m1) >= f(m2)) hi = m2;
    else lo = m1;
  }
  const q = (lo + hi) / 2;
  const v = f(q);
  return v > bestValue ? [q, v] : [best, bestValue];
}

/** The buyer's values w_k for up to `days` days left at discount factor δ ∈ (0, 1]. */
export function screeningTable(discount: number, days: number): ScreeningTable {
  if (!(discount > 0 && discount <= 1)) throw new RangeError('a discount factor is in (0, 1]');
  const surplus = gridPoints();
  const value: number[][] = [surplus.map((a) => lastDay(a)[1])];
  const table = { discount, surplus, value };
  for (let k = 2; k <= Math.max(1, days); k++) {
    value.push(surplus.map((a) => bestShare(table, k, a)[1]));
  }
  return table;
}

/**
 * Today's offer: lo + q(hi − lo) with q from the table for `daysLeft` days (today
 * included). A belief with no width is paid its price; a value below the price range buys
 * nothing (the offer is lo, which no seller above lo takes).
 */
export function screeningOffer(
  table: ScreeningTable,
  daysLeft: number,
  belief: { readonly lo: number; readonly hi: number },
  worth: number,
): number {
  const width = belief.hi - belief.lo;
  if (width <= 1e-12) return belief.hi;
  const k = Math.min(Math.max(1, daysLeft), table.value.length);
  const [q] = bestShare(table, k, (worth - belief.lo) / width);
  return belief.lo + q * width;
}
