/**
 * The Model tab's live summary of an edited model: the predicted text and who is paid
 * what, the voting power under its rule, what the recorded history paid; for a model whose
 * characteristic function is given directly, who pays what by Shapley. Computed in the
 * solver worker (ui/lib/solver.ts), so no model, however large, blocks the page.
 */
import {
  buildScenarioModel,
  leaderOptimum,
  paidVersusPrice,
  rulePower,
  ruleWords,
  shapleyValue,
  summarizeOptimum,
  textClauses,
  type CompiledScenario,
  type PaidVersusPrice,
} from '../../engine/index';

/** A model whose characteristic function is given directly: who pays what, by Shapley. */
export interface CharacteristicSummary {
  readonly kind: 'characteristic';
  readonly players: string[];
  readonly cost: boolean;
  /** v(N), or the grand coalition's cost for a cost game. */
  readonly total: number;
  /** Shapley shares of the worth (or of the cost, positive = pays). */
  readonly shapley: number[];
  /** What each player actually carried, where the history says. */
  readonly history: Record<string, number> | null;
}

export interface LiveSummary {
  readonly kind: 'declaration';
  readonly players: string[];
  readonly textStar: string[];
  /** The leader's cheapest winning deal, or null if none is affordable. */
  readonly optimum: {
    text: string[];
    signatories: string[];
    cost: number;
    payments: Record<string, number>;
  } | null;
  readonly shapleyShubik: number[];
  readonly banzhaf: number[];
  readonly rule: string;
  /** What the recorded history paid each member, against the model's price for its text. */
  readonly paid: readonly PaidVersusPrice[];
}

export type SummaryResult = LiveSummary | CharacteristicSummary | { error: string };

/** What a slider move changes (a few ms for Moscow 2008; in the worker, never on the page). */
export function liveSummary(scenario: CompiledScenario): SummaryResult {
  const prep = buildScenarioModel(scenario);
  if (!prep.ok) return { error: prep.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  const { model, numbers, textStar, game, instruments } = prep.value;
  const characteristic = scenario.file.characteristic;
  if (characteristic) {
    const cost = characteristic.kind === 'cost';
    const sign = cost ? -1 : 1;
    return {
      kind: 'characteristic',
      players: [...model.players],
      cost,
      total: sign * (game.v[game.v.length - 1] as number),
      shapley: shapleyValue(game).map((x) => sign * x),
      history: scenario.file.history?.shares ?? null,
    };
  }
  const best = leaderOptimum(model, instruments, numbers.leaderBudget);
  const power = rulePower(model);
  return {
    kind: 'declaration',
    players: [...model.players],
    textStar: textClauses(model, textStar),
    optimum: best ? summarizeOptimum(model, best) : null,
    shapleyShubik: power.shapleyShubik,
    banzhaf: power.banzhaf,
    // The rule as the file names it (a majority is compiled to a quota), then who must sign.
    rule: `${scenario.file.decisionRule.kind}: ${ruleWords(model)}`,
    paid: paidVersusPrice(prep.value, { explain: false }),
  };
}
