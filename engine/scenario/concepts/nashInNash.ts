/**
 * Nash-in-Nash: the leader and each member split, by their bargaining powers, the surplus
 * of that member's signature taking every other agreement as given,
 *   x_i = d_i + α_i/(α_i + α_R)·[v(N) − v(N∖i) − d_i],  the leader keeping the rest.
 * Collard-Wexler, Gowrisankaran and Lee show this is an equilibrium outcome only when no
 * set A of agreements is worth less together than the sum of its members' separate gains:
 *   Σ_{i∈A} [v(N) − v(N∖i) − d_i] ≤ v(N) − v(N∖A) − Σ_{i∈A} d_i.
 * Under consensus every signature is pivotal, each separate gain is nearly the whole gain,
 * and the condition fails: the verdict is hold-up, and the pairwise split is shown only as
 * that demonstration.
 * Ref: Horn and Wolinsky (1988), RAND Journal 19; Collard-Wexler, Gowrisankaran and Lee
 *      (2019), "Nash-in-Nash bargaining: a microfoundation for applied work", JPE 127.
 */
import { grandCoalition } from '../../shared/bits';
import { impliedPayments, nashPairwise, signatureSurplus } from '../bargains';
import type { ScenarioModel } from '../scenarioModel';
import { toPlayerMap, type ConceptResult } from './concept';

export interface HoldUpCondition {
  /** The set of members A where the condition is tightest (or fails worst). */
  readonly agreements: readonly string[];
  /** Σ_{i∈A} of the separate gains. */
  readonly singleAgreements: number;
  /** What the agreements in A create together. */
  readonly allAgreements: number;
  readonly holdUp: boolean;
}

export function holdUpCondition(prep: ScenarioModel): HoldUpCondition {
  const { model, game } = prep;
  const all = grandCoalition(game.n);
  const vN = game.v[all] as number;
  const members = model.players.map((_, i) => i).filter((i) => i !== model.leader);
  const pie = model.players.map((_, i) =>
    i === model.leader ? 0 : signatureSurplus(model, game, i),
  );
  let worst = { a: 0, lhs: 0, rhs: 0 };
  for (let mask = 1; mask < 1 << members.length; mask++) {
    let a = 0;
    let lhs = 0;
    let d = 0;
    members.forEach((i, k) => {
      if (!((mask >>> k) & 1)) return;
      a |= 1 << i;
      lhs += pie[i] as number;
      d += model.disagreement[i] as number;
    });
    const rhs = vN - (game.v[all ^ a] as number) - d;
    if (worst.a === 0 || lhs - rhs > worst.lhs - worst.rhs) worst = { a, lhs, rhs };
  }
  return {
    agreements: model.players.filter((_, i) => (worst.a >>> i) & 1),
    singleAgreements: worst.lhs,
    allAgreements: worst.rhs,
    holdUp: worst.lhs > worst.rhs + 1e-9 * Math.max(1, Math.abs(worst.rhs)),
  };
}

export function nashInNashConcept(prep: ScenarioModel): ConceptResult {
  const { model, game } = prep;
  const x = nashPairwise(model, game, prep.numbers.bargainingPower);
  const condition = holdUpCondition(prep);
  return {
    payoffs: toPlayerMap(model.players, x),
    payments: impliedPayments(model, x, prep.textStar),
    ...(condition.holdUp
      ? {
          verdict: `Hold-up: no bilateral split exists. The separate gains of ${condition.agreements.join(', ')} add up to ${condition.singleAgreements.toFixed(2)} bn, more than the ${condition.allAgreements.toFixed(2)} bn those agreements create together, so each pair splits a surplus the others also count; these numbers only demonstrate that, they predict nothing.`,
        }
      : {}),
    details: { ...condition },
  };
}
