/**
 * The Gately point: the imputation that equalizes every player's propensity to disrupt,
 * d_i(x) = (x(N∖i) − v(N∖i)) / (x_i − v(i)). Solving gives
 * x_i = v(i) + (v(N) − Σ_j v(j)) · (M_i − v(i)) / Σ_j (M_j − v(j)), with M_i = v(N) − v(N∖i).
 * Ref: Gately (1974); Littlechild & Vaidya (1976), "The propensity to disrupt and the
 * disruption nucleolus of a characteristic function game".
 */
import { TOL } from '../shared/numeric';
import { sum } from '../shared/numeric';
import type { Allocation, Maybe } from '../shared/types';
import { grandWorth, marginalVector, singletonWorths, type TuGame } from './tuGame';

export function gatelyPoint(game: TuGame): Maybe<Allocation> {
  const M = marginalVector(game);
  const single = singletonWorths(game);
  const gaps = M.map((mi, i) => mi - (single[i] as number));
  const total = sum(gaps);
  if (total <= TOL.amount || gaps.some((g) => g < -TOL.amount)) {
    return {
      ok: false,
      reason: 'needs every marginal contribution M_i ≥ v({i}) with Σ (M_i − v({i})) > 0',
    };
  }
  const surplus = grandWorth(game) - sum(single);
  return { ok: true, value: single.map((vi, i) => vi + (surplus * (gaps[i] as number)) / total) };
}
