/**
 * The linear programs of the least core and of each round of the (pre)nucleolus,
 *
 *   minimize t  s.t.  x(N) = v(N),  x(S) = v(S) − e_S  for coalitions fixed earlier,
 *                     x(S) + t ≥ v(S)  for every free coalition,  [x_i ≥ v(i) on imputations]
 *
 * solved in plain TypeScript by a primal active-set simplex over all 2^n coalitions at once.
 * The LP has only n + 1 variables, so the working set of tight rows holds at most n + 1 rows
 * and its algebra is a tiny dense QR (../shared/rowQr.ts). A step's ratio test computes each
 * coalition's slack x(S) + t − v(S) on the fly from half-sum tables (../shared/halfSums.ts),
 * so no array of 2^n numbers is ever written; on large games it reads a pool of the smallest
 * slacks instead (./slackPool.ts). There is no LP to assemble, no constraint generation and
 * no solver call, so small games pay no fixed cost per LP, and each round starts from the
 * previous optimum, which stays feasible when the tight coalitions are fixed. A coalition
 * whose vector is in the span of the fixed ones has a constant excess and is settled (left
 * out) the first time it would enter. At a vertex the leaving row is chosen by steepest edge;
 * after a run of degenerate steps — convex games, where many coalitions are tight at once —
 * by Bland's smallest-index rule until the objective moves again, against cycling (and a cap
 * on pivots turns any failure into an error, never a hang).
 * Ref: Derks & Kuipers (1997), "Implementing the simplex method for computing the
 * prenucleolus of transferable utility games"; Goldfarb & Reid (1977), "A practicable
 * steepest-edge simplex algorithm", Math. Programming 12; Bland (1977), "New finite pivoting
 * rules for the simplex method", Math. Oper. Res. 2; Maschler, Peleg & Shapley (1979).
 */
import { TOL } from '../shared/numeric';
import { HalfSums } from '../shared/halfSums';
import { SpanBasis, indicator } from '../shared/span';
import { DenseRowQr } from '../shared/rowQr';
import { SlackPool, fall } from './slackPool';
import type { TuGame } from './tuGame';

/**
 * Rows are named by integers: a coalition row by its mask (1 … 2^n − 2), the imputation
 * bound x_i ≥ v(i) by 2^n + i. The order of these ids is the order Bland's rule uses.
 */
type RowId = number;

/** The state carried from one round to the next: fixed coalitions, the point, tight rows. */
export interface ExcessRounds {
  readonly game: TuGame;
  readonly imputation: boolean;
  /** The span of the grand coalition and every fixed coalition. */
  readonly basis: SpanBasis;
  /** Rows held with equality and without t: the grand coalition, then each fixed coalition. */
  readonly equalities: number[];
  /** 1 for coalitions whose excess is determined (fixed, or in the span of the fixed ones). */
  readonly settled: Uint8Array;
  /** The current point (x, t), feasible for every row of the current round. */
  readonly x: Float64Array;
  t: number;
  /** The last optimum's tight inequality rows: the next round's starting working set. */
  working: RowId[];
  /** Scratch: x(S) and d(S) of a direction d for any S, from half-sum tables. */
  readonly xSums: HalfSums;
  readonly dSums: HalfSums;
  /** On large games, the coalitions the ratio test reads (null: it reads them all). */
  readonly pool: SlackPool | null;
  /** The largest |v(S)|, at least 1: tolerances on worths are relative to it. */
  scale: number;
  /** Scratch reused by every round: the working rows' QR, a row, a direction. */
  readonly qr: DenseRowQr;
  readonly row: Float64Array;
  readonly direction: Float64Array;
}

export interface RoundOptimum {
  readonly t: number;
  /** The optimal working set's inequality rows and their multipliers (all ≥ 0). */
  readonly rows: readonly RowId[];
  readonly multipliers: readonly number[];
}

/** ‖projected gradient‖ below this: the objective lies in the span of the working rows. */
const DIRECTION_TOL = 1e-9;
/** A row blocks a unit direction only if its slack falls faster than this. */
const RATE_TOL = 1e-9;
/** A multiplier this negative lets its row leave the working set. */
const MULTIPLIER_TOL = TOL.dual;
/** Degenerate steps in a row before Bland's rule takes over. */
const DEGENERATE_RUN = 8;
/** Games with at most this many coalitions scan them all at every step; larger ones pool. */
const FULL_SCAN_SIZE = 2 ** 10;

/** The row t = level, held with equality when the LP optimizes another objective at a level. */
const LEVEL_ROW: RowId = -1;

/** What solveRound minimizes: sign·z_column over z = (x_1 … x_n, t). */
export interface Objective {
  readonly column: number;
  readonly sign: 1 | -1;
}

/**
 * The rounds' state at x0 (which must lie in the domain), t the largest excess there; or,
 * with `level`, t held at that level (x0 must then satisfy every row at it), for optimizing
 * another objective over {x : x(N) = v(N), x(S) ≥ v(S) − level} — the core at 0.
 */
export function startRounds(
  game: TuGame,
  imputation: boolean,
  x0: readonly number[],
  level?: number,
): ExcessRounds {
  const n = game.n;
  const size = 2 ** n;
  const all = size - 1;
  const basis = new SpanBasis(n);
  basis.add(Float64Array.from({ length: n }, () => 1));
  const settled = new Uint8Array(size);
  settled[0] = 1;
  settled[all] = 1;
  const rounds: ExcessRounds = {
    game,
    imputation,
    basis,
    equalities: level === undefined ? [all] : [all, LEVEL_ROW],
    settled,
    x: Float64Array.from(x0),
    t: 0,
    working: [],
    xSums: new HalfSums(n),
    dSums: new HalfSums(n),
    pool: size > FULL_SCAN_SIZE ? new SlackPool(Math.max(64 * (n + 1), size >> 5)) : null,
    scale: 1,
    qr: new DenseRowQr(n + 1),
    row: new Float64Array(n + 1),
    direction: new Float64Array(n + 1),
  };
  const { low, high, mask, lowBits } = rounds.xSums.fill(rounds.x);
  const v = game.v;
  let t = -Infinity;
  let scale = Math.max(1, Math.abs(v[all] as number));
  for (let s = 1; s < all; s++) {
    const worth = v[s] as number;
    const excess = worth - (low[s & mask] as number) - (high[s >>> lowBits] as number);
    if (excess > t) t = excess;
    if (worth > scale) scale = worth;
    else if (-worth > scale) scale = -worth;
  }
  rounds.t = level ?? t;
  rounds.scale = scale;
  rounds.pool?.collect(rounds.xSums, rounds.t, v, settled);
  return rounds;
}

/** Write the row's coefficients on (x_1 … x_n, t) into `out`. */
function rowVector(id: RowId, n: number, equality: boolean, out: Float64Array): Float64Array {
  out.fill(0);
  const size = 2 ** n;
  if (id === LEVEL_ROW) {
    out[n] = 1;
    return out;
  }
  if (id >= size) {
    out[id - size] = 1;
    return out;
  }
  for (let i = 0; i < n; i++) if ((id >>> i) & 1) out[i] = 1;
  out[n] = equality ? 0 : 1;
  return out;
}

/** The blocking row of a ratio test: the smallest step, ties broken by the pivoting rule. */
class Blocking {
  id = -1;
  step = Infinity;
  rate = 0;
  constructor(
    private readonly tol: number,
    private readonly bland: boolean,
  ) {}

  /** Offer a row whose slack falls at `rate` < 0. */
  offer(id: RowId, slack: number, rate: number): void {
    if (slack > -rate * (this.step + this.tol)) return;
    const step = Math.max(slack, 0) / -rate;
    const tie = step > this.step - this.tol;
    // Among ties the row whose slack falls fastest (stable pivots); under Bland the smallest id.
    if (tie && (this.bland ? id > this.id : rate >= this.rate)) return;
    this.id = id;
    this.step = step;
    this.rate = rate;
  }
}

/** Whether coalition s lies in the span of the fixed ones (its excess is then constant). */
function inSpan(r: ExcessRounds, s: number): boolean {
  return r.basis.contains(indicator(s, r.game.n));
}

/**
 * The ratio test along the unit direction d from the current point: the first row to
 * become tight. On large games the pool answers when it can vouch for the step; otherwise
 * every coalition is read (and the pool is collected afresh after the step).
 */
function ratioTest(
  r: ExcessRounds,
  d: Float64Array,
  tol: number,
  bland: boolean,
): { blocking: Blocking; full: boolean } {
  const { game, x, settled, pool } = r;
  const n = game.n;
  const size = 2 ** n;
  const dt = d[n] as number;
  const blocking = new Blocking(tol, bland);
  if (r.imputation) {
    for (let i = 0; i < n; i++) {
      const rate = d[i] as number;
      if (rate < -RATE_TOL)
        blocking.offer(size + i, (x[i] as number) - (game.v[1 << i] as number), rate);
    }
  }
  const { low: dLow, high: dHigh, mask, lowBits } = r.dSums.fill(d);
  const { low: xLow, high: xHigh } = r.xSums.fill(x);
  const { t } = r;
  const v = game.v;
  if (pool) {
    const scanPool = () => {
      // Bucket by bucket in rising slack, until no later bucket can hold the blocking row.
      const f = fall(d);
      const { ids, worth, start, floor } = pool;
      for (let b = 0; b < floor.length; b++) {
        if ((floor[b] as number) - pool.drift > (blocking.step + tol) * f) break;
        let reach = blocking.step + tol;
        for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
          const id = ids[k] as number;
          const rate = (dLow[id & mask] as number) + (dHigh[id >>> lowBits] as number) + dt;
          if (rate >= -RATE_TOL) continue;
          const slack =
            (xLow[id & mask] as number) +
            (xHigh[id >>> lowBits] as number) +
            t -
            (worth[k] as number);
          if (slack <= -rate * reach) {
            blocking.offer(id, slack, rate);
            reach = blocking.step + tol;
          }
        }
      }
    };
    scanPool();
    if (blocking.step <= pool.safeStep(d)) return { blocking, full: false };
    if (pool.drift > 0) {
      // The steps since collection used up the bound: collect afresh here and test again.
      pool.collect(r.xSums, t, v, settled);
      scanPool();
      if (blocking.step <= pool.safeStep(d)) return { blocking, full: false };
    }
  }
  // Every coalition, its slack x(S) + t − v(S) computed afresh.
  let reach = blocking.step + tol;
  for (let s = 1; s < size - 1; s++) {
    const rate = (dLow[s & mask] as number) + (dHigh[s >>> lowBits] as number) + dt;
    if (rate >= -RATE_TOL) continue;
    const slack =
      (xLow[s & mask] as number) + (xHigh[s >>> lowBits] as number) + t - (v[s] as number);
    // Only rows that could block within the best step so far reach the full comparison.
    if (slack <= -rate * reach && !settled[s]) {
      blocking.offer(s, slack, rate);
      reach = blocking.step + tol;
    }
  }
  return { blocking, full: true };
}

/**
 * Minimize t (or the given objective) over the current round's rows from the current point;
 * on return the state holds the optimum and its working set.
 */
export function solveRound(r: ExcessRounds, objective?: Objective): RoundOptimum {
  const { game, x, settled, pool } = r;
  const n = game.n;
  const size = 2 ** n;
  const stepTol = 1e-11 * r.scale;
  const scratch = r.row;
  // Start from the previous optimum's tight rows that are still free.
  const working = r.working.filter((w) => w >= size || (!settled[w] && !inSpan(r, w)));
  const { qr, direction: d } = r;
  const column = objective?.column ?? n;
  const sign = objective?.sign ?? 1;
  let factored = false;
  let bland = false;
  let degenerateSteps = 0;
  const maxIterations = 1000 + 200 * (n + 1) * (n + 1);
  for (let iteration = 0; ; iteration++) {
    if (iteration > maxIterations) {
      throw new Error(`the excess LP did not converge in ${maxIterations} pivots`);
    }
    if (!factored) {
      // Equalities first, then the inequality rows that stay independent of them.
      qr.clear();
      for (const e of r.equalities) qr.add(rowVector(e, n, true, scratch));
      let kept = 0;
      for (const w of working) if (qr.add(rowVector(w, n, false, scratch))) working[kept++] = w;
      working.length = kept;
      factored = true;
    }
    const gradientNorm = qr.projectOut(column, d);
    if (gradientNorm > DIRECTION_TOL) {
      // Move along the projected −sign·e_column (t falls, by default), a unit vector: every
      // working row stays tight.
      for (let j = 0; j <= n; j++) d[j] = (-sign * (d[j] as number)) / gradientNorm;
      const { blocking, full } = ratioTest(r, d, stepTol, bland);
      const id = blocking.id;
      if (id < 0) throw new Error('the excess LP is unbounded: no coalition limits t');
      if (id < size && inSpan(r, id)) {
        // Its excess is constant: settle it and test again from the same point.
        settled[id] = 1;
        pool?.drop(id);
        continue;
      }
      const step = blocking.step;
      const dt = d[n] as number;
      for (let i = 0; i < n; i++) x[i] = (x[i] as number) + step * (d[i] as number);
      r.t += step * dt;
      if (full) pool?.collect(r.xSums.fill(x), r.t, game.v, settled);
      else pool?.advance(step, d);
      working.push(id);
      if (!qr.add(rowVector(id, n, false, scratch))) factored = false;
      if (step <= stepTol) {
        degenerateSteps++;
        if (degenerateSteps >= DEGENERATE_RUN) bland = true;
      } else {
        degenerateSteps = 0;
        bland = false;
      }
      continue;
    }
    // The objective lies in the working rows' span: its multipliers decide optimality.
    const lambda = qr.solveTransposed(column);
    if (sign < 0) for (let k = 0; k < qr.rank; k++) lambda[k] = -(lambda[k] as number);
    const offset = r.equalities.length;
    // At a vertex, steepest edge: the row whose edge lowers t most per unit of length.
    const lengths = qr.rank === n + 1 ? qr.edgeLengths() : null;
    let leave = -1;
    let bestRate = 0;
    for (let k = 0; k < working.length; k++) {
      const l = lambda[offset + k] as number;
      if (l >= -MULTIPLIER_TOL) continue;
      const rate = lengths ? l / (lengths[offset + k] as number) : l;
      const better = bland
        ? leave < 0 || (working[k] as number) < (working[leave] as number)
        : leave < 0 || rate < bestRate;
      if (better) {
        leave = k;
        bestRate = rate;
      }
    }
    if (leave < 0) {
      r.working = working;
      return {
        t: r.t,
        rows: working.slice(),
        multipliers: working.map((_, k) => Math.max(0, lambda[offset + k] as number)),
      };
    }
    working.splice(leave, 1);
    factored = false;
  }
}

/**
 * Fix coalitions at the round's level: each joins the equalities if it adds to their span;
 * the others of the span are settled when they would next enter (see solveRound).
 */
export function fixCoalitions(r: ExcessRounds, coalitions: readonly number[]): void {
  const n = r.game.n;
  for (const s of coalitions) {
    if (r.basis.add(indicator(s, n))) r.equalities.push(s);
    r.settled[s] = 1;
    r.pool?.drop(s);
  }
  r.working = r.working.filter((w) => w >= 2 ** n || !r.settled[w]);
}
