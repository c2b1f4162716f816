/**
 * Stole–Zwiebel bargaining: the leader bargains with each member separately, and any
 * breakdown reopens every other bargain (renegotiation). Each member then gets the average
 * of its marginal contributions over all orders in which signatures could arrive, which is
 * the Shapley value of the game in which members without the leader produce nothing beyond
 * their walk-away values — the coalition game v(S) of this model.
 * Ref: Stole and Zwiebel (1996), "Intra-firm bargaining under non-binding contracts",
 *      Review of Economic Studies 63; Shapley (1953).
 */
import { shapleyValue } from '../../cooperative/shapley';
import type { ScenarioModel } from '../scenarioModel';
import { impliedPayments } from '../bargains';
import { toPlayerMap, type ConceptResult } from './concept';

export function stoleZwiebelConcept(prep: ScenarioModel): ConceptResult {
  const x = shapleyValue(prep.game);
  return {
    payoffs: toPlayerMap(prep.model.players, x),
    payments: impliedPayments(prep.model, x, prep.textStar),
  };
}
