/**
 * Voting power under a scenario's decision rule: the simple game whose winning coalitions
 * are the signatory sets that make a text a declaration of the body (meetsRule — the
 * leader always among them). Its Shapley value is the Shapley–Shubik index (Shapley and
 * Shubik 1954) and its normalized Banzhaf value the Banzhaf index (Banzhaf 1965): under
 * consensus every player is a veto player and each gets 1/n.
 */
import { banzhafIndex } from '../cooperative/banzhaf';
import { shapleyValue } from '../cooperative/shapley';
import { gameFromValues } from '../cooperative/tuGame';
import type { Allocation } from '../shared/types';
import { meetsRule, type DeclarationModel } from './declarationModel';

export interface RulePower {
  readonly shapleyShubik: Allocation;
  /** Normalized Banzhaf index; all zeros if no coalition wins. */
  readonly banzhaf: Allocation;
}

export function rulePower(model: DeclarationModel): RulePower {
  const values = new Float64Array(1 << model.n);
  for (let s = 1; s < values.length; s++) values[s] = meetsRule(model, s) ? 1 : 0;
  const game = gameFromValues(values, model.players);
  const bz = banzhafIndex(game);
  return {
    shapleyShubik: shapleyValue(game),
    banzhaf: bz.ok ? bz.value : model.players.map(() => 0),
  };
}
