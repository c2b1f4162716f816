/**
 * Baron–Ferejohn bargaining at the summit: each day one player is recognised (with
 * probability proportional to its bargaining power) and proposes a text with payments;
 * it passes when the signatories meet the decision rule. Under consensus everyone is a
 * veto player and, with a TU pie S, each gets d_i + p_i·S; under a quota the leader alone
 * keeps its veto (members issue nothing without it) and the others compete to be bought,
 * so the leader's share rises towards the whole surplus as δ → 1 (Winter 1996). Solved on
 * the instrument-priced frontier (leaderDeals.ts) with the per-day discount factors.
 * Ref: Baron and Ferejohn (1989), APSR 83; Eraslan (2002), JET 103; Winter (1996), APSR 90.
 */
import { baronFerejohn as stationary } from '../../bargaining/baronFerejohn';
import type { CoalitionalSet } from '../../bargaining/coalitionalSet';
import { leaderDeals } from '../leaderDeals';
import type { ScenarioModel } from '../scenarioModel';
import { fromGains, toPlayerMap, type ConceptResult } from './concept';

/** Recognition probabilities: bargaining powers normalised to sum to 1. */
export function recognitionOf(prep: ScenarioModel): number[] {
  const powers = prep.numbers.bargainingPower;
  const total = powers.reduce((s, a) => s + a, 0);
  return powers.map((a) => (total > 0 ? a / total : 1 / powers.length));
}

export function baronFerejohnConcept(
  prep: ScenarioModel,
  recognition: readonly number[] = recognitionOf(prep),
  deals: CoalitionalSet = leaderDeals(prep),
): ConceptResult {
  const { model } = prep;
  const values = stationary(deals, {
    recognition,
    discount: prep.numbers.discount,
  });
  const x = fromGains(prep, values.gains);
  const size = Math.max(1, ...values.gains.map(Math.abs));
  const verdict =
    values.residual > 1e-9 * size || values.temperature > 1e-6 * size
      ? `Approximate: the equilibrium mixes, and the computation stopped with payoffs within about ${Math.max(values.residual, 10 * values.temperature).toExponential(1)} bn of it.`
      : undefined;
  return {
    payoffs: toPlayerMap(model.players, x),
    payments: values.transfers,
    ...(verdict ? { verdict } : {}),
    details: {
      recognition: toPlayerMap(model.players, recognition),
      residual: values.residual,
      temperature: values.temperature,
    },
  };
}
