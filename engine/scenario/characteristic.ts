/**
 * The coalition game of a declaration model, in US$ bn (DESIGN.md):
 *   v(S) = max_T u_R(T, S) + Σ_{i∈S∖R} u_i(T)   for S ∋ R,
 *   v(S) = Σ_{i∈S} d_i                          for S ∌ R (members alone issue nothing).
 * For fixed S the objective is (1 − L)·d_R + Σ_{c∈T} (L·w_c + Σ_{i∈S∖R} value_i(c)), additive
 * in the clauses, so the best text keeps exactly the clauses with a positive coefficient:
 * O(2^n · clauses · n) in all, with no enumeration of texts.
 */
import { gameFromFunction, gameFromValues, type TuGame } from '../cooperative/tuGame';
import { legitimacy, type DeclarationModel } from './declarationModel';

/** The best text for coalition S and its worth. */
export function bestText(model: DeclarationModel, s: number): { text: number; worth: number } {
  const { n, leader, clauseValue, disagreement } = model;
  if (!((s >>> leader) & 1)) {
    let worth = 0;
    for (let i = 0; i < n; i++) if ((s >>> i) & 1) worth += disagreement[i] as number;
    return { text: 0, worth };
  }
  const l = legitimacy(model, s);
  let worth = (1 - l) * (disagreement[leader] as number);
  let text = 0;
  clauseValue.forEach((row, c) => {
    let coef = l * (row[leader] as number);
    for (let i = 0; i < n; i++) if (i !== leader && (s >>> i) & 1) coef += row[i] as number;
    if (coef > 0) {
      worth += coef;
      text |= 1 << c;
    }
  });
  return { text, worth };
}

/** The characteristic function v as a TU game over the model's players. */
export function characteristicGame(model: DeclarationModel, direct?: Float64Array): TuGame {
  if (direct) return gameFromValues(direct, model.players);
  return gameFromFunction(model.players, (s) => bestText(model, s).worth);
}

/** T*: the text that attains v(N). */
export function grandText(model: DeclarationModel): number {
  return bestText(model, (1 << model.n) - 1).text;
}
