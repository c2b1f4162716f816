/**
 * The agenda setter (take-it-or-leave-it): the leader proposes once, text and payments
 * together, and each member signs if it is no worse off than refusing. The leader pays
 * each signatory its reservation price max(0, d_i − u_i(T)) through the cheapest
 * instruments and keeps the rest; members get exactly their walk-away value or what the
 * text gives them unpaid. This is the leader's optimum (leaderOptimum.ts), and the limit of
 * Baron–Ferejohn when the leader is always recognised.
 * Ref: Romer and Rosenthal (1978), "Political resource allocation, controlled agendas, and
 *      the status quo", Public Choice 33; Baron and Ferejohn (1989).
 */
import { leaderOptimum, type Schedule } from '../leaderOptimum';
import { memberUtility } from '../declarationModel';
import type { ScenarioModel } from '../scenarioModel';
import { notApplicable, toPlayerMap, type ConceptResult } from './concept';

/** @param best the leader's optimum, when the caller has already solved it */
export function agendaSetter(
  prep: ScenarioModel,
  best: Schedule | undefined = leaderOptimum(
    prep.model,
    prep.instruments,
    prep.numbers.leaderBudget,
  ),
): ConceptResult {
  const { model } = prep;
  if (!best)
    return notApplicable('no text can be bought within the budget, so the leader proposes nothing');
  const x = model.players.map((_, i) => {
    if (i === model.leader) return best.net;
    if (!((best.signatories >>> i) & 1)) return model.disagreement[i] as number;
    return memberUtility(model, i, best.text) + (best.payments[i] as number);
  });
  return { payoffs: toPlayerMap(model.players, x), payments: best.payments };
}
