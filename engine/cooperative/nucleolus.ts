/**
 * Nucleolus and prenucleolus by a sequence of linear programs.
 *
 * Round k minimizes the largest excess t of the free coalitions, with coalitions fixed in
 * earlier rounds held at their excess. After each round we fix exactly the coalitions
 * that are tight in EVERY optimum: those with a positive dual value (complementary
 * slackness), plus every coalition whose vector lies in the span of the fixed ones (its
 * excess is constant). Fixing one tight coalition per round, or every coalition tight in
 * one optimum, is the known mistake (Guajardo & Jörnsten 2015); a positive dual always
 * exists because the t-column forces the duals of the free rows to sum to 1, so the rank
 * of the fixed set grows each round and at most n − 1 rounds are needed.
 * Ref: Schmeidler (1969); Maschler, Peleg & Shapley (1979); Guajardo & Jörnsten (2015),
 * "Common mistakes in computing the nucleolus", EJOR 241.
 */
import { TOL } from '../shared/numeric';
import { sum } from '../shared/numeric';
import { indicator } from '../shared/span';
import type { Allocation, Maybe } from '../shared/types';
import { solveExcessLp } from './excessLp';
import { newExcessState } from './leastCore';
import { grandWorth, singletonWorths, type TuGame } from './tuGame';

const DUAL_TOL = TOL.dual;

export interface NucleolusTrace {
  readonly allocation: Allocation;
  /** The optimal largest excess of each round (the first is the least-core ε on its domain). */
  readonly roundExcesses: number[];
}

async function sequentialNucleolus(game: TuGame, imputation: boolean): Promise<NucleolusTrace> {
  const n = game.n;
  const state = newExcessState(game, imputation);
  const roundExcesses: number[] = [];
  const singles = singletonWorths(game);
  // Start from a point of the domain: the imputation that splits the surplus equally.
  const surplus = (grandWorth(game) - (imputation ? sum(singles) : 0)) / n;
  let x = Array.from({ length: n }, (_, i) => (imputation ? (singles[i] as number) : 0) + surplus);
  while (state.basis.rank < n) {
    const opt = await solveExcessLp(state, x);
    x = opt.x;
    roundExcesses.push(opt.t);
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
  return { allocation: x, roundExcesses };
}

/** The prenucleolus (domain: efficient vectors). Always exists and is unique. */
export async function prenucleolus(game: TuGame): Promise<Allocation> {
  if (game.n === 1) return [grandWorth(game)];
  return (await sequentialNucleolus(game, false)).allocation;
}

/** The nucleolus (domain: imputations); undefined when Σ v({i}) > v(N). */
export async function nucleolus(game: TuGame): Promise<Maybe<Allocation>> {
  const singles = singletonWorths(game);
  if (sum(singles) > grandWorth(game) + TOL.compare * Math.max(1, Math.abs(grandWorth(game)))) {
    return { ok: false, reason: 'the imputation set is empty: Σ v({i}) exceeds v(N)' };
  }
  if (game.n === 1) return { ok: true, value: [grandWorth(game)] };
  return { ok: true, value: (await sequentialNucleolus(game, true)).allocation };
}

/** The full trace, for teaching views: each round's optimal excess. */
export function nucleolusTrace(game: TuGame, imputation = true): Promise<NucleolusTrace> {
  return sequentialNucleolus(game, imputation);
}
