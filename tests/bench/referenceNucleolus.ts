/**
 * The engine's nucleolus and least core as they were before issue 15 (HiGHS on every round,
 * constraint generation over the 2^n coalitions), frozen here as the bench's baseline and
 * kept out of the product. Ref: see engine/cooperative/nucleolus.ts.
 */
import { TOL, sum } from '../../engine/shared/numeric';
import { grandCoalition } from '../../engine/shared/bits';
import { highsRuntime, solveLpWith, type LpRow } from '../../engine/shared/lp';
import { SpanBasis, indicator } from '../../engine/shared/span';
import { grandWorth, singletonWorths, type TuGame } from '../../engine/cooperative/tuGame';

const DUAL_TOL = TOL.dual;

interface FixedCoalition {
  readonly mask: number;
  /** Its excess v(S) − x(S), fixed by an earlier round. */
  readonly excess: number;
}

interface ExcessLpState {
  readonly game: TuGame;
  readonly imputation: boolean;
  readonly fixed: FixedCoalition[];
  readonly basis: SpanBasis;
  /** 1 for coalitions whose excess is determined (fixed or in the span). */
  readonly settled: Uint8Array;
  /** Free coalitions currently carried as LP rows. */
  active: number[];
  /** Scratch for x(S) over all coalitions, reused by every scan (2^n floats). */
  readonly sums: Float64Array;
}

interface ExcessLpOptimum {
  readonly x: number[];
  readonly t: number;
  /** Dual value of each active row, aligned with state.active. */
  readonly duals: number[];
}

const VIOLATION_TOL = TOL.compare;

function row(mask: number, n: number, withT: boolean, lo: number, hi: number): LpRow {
  const coeffs = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) if ((mask >>> i) & 1) coeffs[i] = 1;
  if (withT) coeffs[n] = 1;
  return { coeffs, lo, hi };
}

/** x(S) for every S into `out`, in one pass: x(S) = x(S without its lowest player) + x_low. */
function fillCoalitionSums(x: readonly number[], out: Float64Array): void {
  out[0] = 0;
  for (let s = 1; s < out.length; s++) {
    const low = s & -s;
    out[s] = (out[s ^ low] as number) + (x[31 - Math.clz32(low)] as number);
  }
}

/**
 * The `limit` most violated unsettled coalitions at x (excess above t), best first,
 * kept in a bounded sorted list so a scan of 2^n coalitions never sorts them all.
 * Coalitions found to lie in the span of the fixed ones are marked settled and skipped.
 */
function violatedCoalitions(
  state: ExcessLpState,
  x: readonly number[],
  t: number,
  limit: number,
): number[] {
  const { game, settled, basis, sums } = state;
  fillCoalitionSums(x, sums);
  const all = grandCoalition(game.n);
  const threshold = t + VIOLATION_TOL * Math.max(1, Math.abs(t));
  const activeSet = new Set(state.active);
  for (;;) {
    const keep = 4 * limit;
    const masks: number[] = [];
    const excesses: number[] = [];
    for (let s = 1; s < all; s++) {
      const excess = (game.v[s] as number) - (sums[s] as number);
      if (excess <= threshold || settled[s]) continue;
      if (masks.length === keep && excess <= (excesses[keep - 1] as number)) continue;
      if (activeSet.has(s)) continue;
      // Insert into the descending list.
      let k = masks.length === keep ? keep - 1 : masks.length;
      while (k > 0 && (excesses[k - 1] as number) < excess) {
        excesses[k] = excesses[k - 1] as number;
        masks[k] = masks[k - 1] as number;
        k--;
      }
      excesses[k] = excess;
      masks[k] = s;
    }
    const out: number[] = [];
    for (const mask of masks) {
      if (basis.contains(indicator(mask, game.n))) {
        settled[mask] = 1;
        continue;
      }
      out.push(mask);
      if (out.length >= limit) break;
    }
    // Every candidate kept was in the span: they are settled now, so look again.
    if (out.length > 0 || masks.length < keep) return out;
  }
}

/** Solve the current round's LP to optimality over all coalitions, by constraint generation. */
async function solveExcessLp(
  state: ExcessLpState,
  start: readonly number[],
): Promise<ExcessLpOptimum> {
  const highs = await highsRuntime();
  const { game, imputation } = state;
  const n = game.n;
  const all = grandCoalition(n);
  const limit = Math.max(8, 2 * n);
  let scale = 1;
  for (let s = 1; s <= all; s++) scale = Math.max(scale, Math.abs(game.v[s] as number));
  const floor = 1e3 * (n + 1) * scale;
  if (state.active.length === 0) {
    state.active.push(...violatedCoalitions(state, start, -Infinity, limit));
  }
  for (;;) {
    const rows: LpRow[] = [row(all, n, false, game.v[all] as number, game.v[all] as number)];
    for (const f of state.fixed) {
      const rhs = (game.v[f.mask] as number) - f.excess;
      rows.push(row(f.mask, n, false, rhs, rhs));
    }
    const firstActive = rows.length;
    for (const s of state.active) rows.push(row(s, n, true, game.v[s] as number, Infinity));
    const lower = Array.from({ length: n }, (_, i) =>
      imputation ? (game.v[1 << i] as number) : -Infinity,
    );
    // A relaxation with few rows can be unbounded (t → −∞); a floor far below any real
    // excess keeps it bounded, and the scan then adds the rows that bind.
    const result = solveLpWith(highs, {
      sense: 'min',
      cost: [...new Array<number>(n).fill(0), 1],
      lower: [...lower, -floor],
      upper: new Array<number>(n + 1).fill(Infinity),
      rows,
    });
    if (result.status !== 'optimal') {
      throw new Error(`excess LP ended with status ${result.status}: ${result.message}`);
    }
    const x = result.x.slice(0, n);
    const t = result.x[n] as number;
    const added = violatedCoalitions(state, x, t, limit);
    if (added.length === 0) {
      return { x, t, duals: result.rowDual.slice(firstActive) };
    }
    state.active.push(...added);
  }
}

function newExcessState(game: TuGame, imputation: boolean): ExcessLpState {
  const basis = new SpanBasis(game.n);
  basis.add(indicator(grandCoalition(game.n), game.n));
  const settled = new Uint8Array(2 ** game.n);
  settled[0] = 1;
  settled[grandCoalition(game.n)] = 1;
  return {
    game,
    imputation,
    fixed: [],
    basis,
    settled,
    active: [],
    sums: new Float64Array(2 ** game.n),
  };
}

export async function referenceLeastCore(
  game: TuGame,
): Promise<{ epsilon: number; allocation: number[] }> {
  if (game.n === 1) return { epsilon: 0, allocation: [grandWorth(game)] };
  const start = new Array<number>(game.n).fill(grandWorth(game) / game.n);
  const opt = await solveExcessLp(newExcessState(game, false), start);
  return { epsilon: opt.t, allocation: opt.x };
}

async function sequentialNucleolus(game: TuGame, imputation: boolean): Promise<number[]> {
  const n = game.n;
  const state = newExcessState(game, imputation);
  const singles = singletonWorths(game);
  // Start from a point of the domain: the imputation that splits the surplus equally.
  const surplus = (grandWorth(game) - (imputation ? sum(singles) : 0)) / n;
  let x = Array.from({ length: n }, (_, i) => (imputation ? (singles[i] as number) : 0) + surplus);
  while (state.basis.rank < n) {
    const opt = await solveExcessLp(state, x);
    x = opt.x;
    // Positive duals: tight in every optimum. Fall back to the largest if numerics hide them.
    const maxDual = Math.max(...opt.duals.map(Math.abs));
    const tight = state.active.filter(
      (_, k) => Math.abs(opt.duals[k] as number) > Math.max(DUAL_TOL, maxDual * TOL.check),
    );
    for (const s of tight) {
      if (state.basis.add(indicator(s, n))) state.fixed.push({ mask: s, excess: opt.t });
      state.settled[s] = 1;
    }
    // Free rows now in the span have constant excess: drop them from the LP.
    state.active = state.active.filter((s) => {
      if (state.settled[s]) return false;
      if (state.basis.contains(indicator(s, n))) {
        state.settled[s] = 1;
        return false;
      }
      return true;
    });
  }
  return x;
}

/** The nucleolus (imputation domain) by the reference path; the caller checks imputations exist. */
export function referenceNucleolus(game: TuGame): Promise<number[]> {
  return sequentialNucleolus(game, true);
}
