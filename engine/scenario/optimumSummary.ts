/**
 * The leader's optimum as people and scripts read it — clause ids, signatories, each
 * member's payment in value, the instruments and their cost, the net — mapped from the
 * solver's bitmask schedule in one place for `solve`, the Model tab and the debrief.
 */
import { cleanZero } from '../shared/numeric';
import { textClauses, type DeclarationModel } from './declarationModel';
import type { Schedule } from './leaderOptimum';

export interface OptimumSummary {
  text: string[];
  signatories: string[];
  /** Payment in value to each member (the leader left out). */
  payments: Record<string, number>;
  /** Cost to the leader. */
  cost: number;
  instruments: Record<string, number>;
  /** u_R(T, S) − cost. */
  net: number;
}

export function summarizeOptimum(model: DeclarationModel, best: Schedule): OptimumSummary {
  return {
    text: textClauses(model, best.text),
    signatories: model.players.filter((_, i) => (best.signatories >>> i) & 1),
    payments: Object.fromEntries(
      model.players.flatMap((p, i) =>
        i === model.leader ? [] : [[p, cleanZero(best.payments[i] as number)]],
      ),
    ),
    cost: cleanZero(best.mix.cost),
    instruments: best.mix.amounts,
    net: best.net,
  };
}
