/**
 * Krishna–Serrano multilateral bargaining at the summit: the leader proposes first to all
 * members at once; whoever rejects bargains on. It needs unanimity (every member's
 * signature), so it applies under consensus only. With a TU pie S and a common δ the
 * proposer keeps S/(1 + (n − 1)δ); here the frontier is priced by the instruments and each
 * player has its own per-day δ.
 * Ref: Krishna and Serrano (1996), "Multilateral bargaining", Review of Economic Studies 63.
 */
import { krishnaSerrano as stationary } from '../../bargaining/krishnaSerrano';
import type { CoalitionalSet } from '../../bargaining/coalitionalSet';
import { leaderDeals } from '../leaderDeals';
import type { ScenarioModel } from '../scenarioModel';
import { fromGains, notApplicable, toPlayerMap, type ConceptResult } from './concept';

export function krishnaSerranoConcept(
  prep: ScenarioModel,
  deals: CoalitionalSet = leaderDeals(prep),
): ConceptResult {
  const { model } = prep;
  if (model.rule.kind !== 'consensus')
    return notApplicable(
      'Krishna–Serrano needs every signature (unanimity); under this decision rule the leader can leave members out, so see Baron–Ferejohn.',
    );
  const result = stationary(deals, prep.numbers.discount, model.leader);
  if (!result)
    return notApplicable(
      'no agreement of all players gives everyone its walk-away value within the instruments and the budget',
    );
  const size = Math.max(1, ...result.proposerShares.map(Math.abs));
  const verdict =
    result.residual > 1e-9 * size
      ? `Approximate: no exact stationary proposals were found; the computation stopped with proposer shares within about ${result.residual.toExponential(1)} bn of one.`
      : undefined;
  return {
    payoffs: toPlayerMap(model.players, fromGains(prep, result.gains)),
    payments: result.transfers,
    ...(verdict ? { verdict } : {}),
    details: {
      proposerShares: toPlayerMap(model.players, result.proposerShares),
      residual: result.residual,
    },
  };
}
