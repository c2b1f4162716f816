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
import { TOL, sum } from '../shared/numeric';
import type { Allocation, Maybe } from '../shared/types';
import { asPromise } from '../shared/asPromise';
import { fixCoalitions, solveRound, startRounds } from './excessSimplex';
import { grandWorth, singletonWorths, type TuGame } from './tuGame';

export interface NucleolusTrace {
  readonly allocation: Allocation;
  /** The optimal largest excess of each round (the first is the least-core ε on its domain). */
  readonly roundExcesses: number[];
}

function sequentialNucleolus(game: TuGame, imputation: boolean): NucleolusTrace {
  const n = game.n;
  const singles = singletonWorths(game);
  // Start from a point of the domain: the imputation that splits the surplus equally.
  const surplus = (grandWorth(game) - (imputation ? sum(singles) : 0)) / n;
  const start = Array.from(
    { length: n },
    (_, i) => (imputation ? (singles[i] as number) : 0) + surplus,
  );
  const rounds = startRounds(game, imputation, start);
  const roundExcesses: number[] = [];
  while (rounds.basis.rank < n) {
    const opt = solveRound(rounds);
    roundExcesses.push(opt.t);
    // Positive multipliers: tight in every optimum (at least one, as they sum to 1).
    const largest = Math.max(...opt.multipliers);
    const threshold = Math.max(TOL.dual, largest * TOL.check);
    const size = 2 ** n;
    fixCoalitions(
      rounds,
      opt.rows.filter((row, k) => row < size && (opt.multipliers[k] as number) > threshold),
    );
  }
  return { allocation: Array.from(rounds.x), roundExcesses };
}

/** The prenucleolus (domain: efficient vectors). Always exists and is unique. */
export function prenucleolus(game: TuGame): Promise<Allocation> {
  return asPromise(() =>
    game.n === 1 ? [grandWorth(game)] : sequentialNucleolus(game, false).allocation,
  );
}

/** The nucleolus (domain: imputations); undefined when Σ v({i}) > v(N). */
export function nucleolus(game: TuGame): Promise<Maybe<Allocation>> {
  return asPromise((): Maybe<Allocation> => {
    const worth = grandWorth(game);
    if (sum(singletonWorths(game)) > worth + TOL.compare * Math.max(1, Math.abs(worth))) {
      return { ok: false, reason: 'the imputation set is empty: Σ v({i}) exceeds v(N)' };
    }
    if (game.n === 1) return { ok: true, value: [worth] };
    return { ok: true, value: sequentialNucleolus(game, true).allocation };
  });
}

/** The full trace, for teaching views: each round's optimal excess. */
export function nucleolusTrace(game: TuGame, imputation = true): Promise<NucleolusTrace> {
  return asPromise(() => sequentialNucleolus(game, imputation));
}
