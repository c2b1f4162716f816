/**
 * A finished game revealed for the debrief: payoffs, each member's payments kept (value to
 * it, cost to the leader) and withheld, the leader's payoff term by term, the walk-aways the
 * score is measured from, and the model's prediction at the calibrated values.
 */
import {
  finalPayoffs,
  gainsOverWalkAway,
  keptValue,
  leaderOptimum,
  leaderTerms,
  phaseOn,
  receivedValue,
  shapleyValue,
  spentCost,
  summarizeOptimum,
  type LeaderTerms,
  type ScenarioModel,
  type StrategyName,
  type SummitSetup,
  type SummitState,
} from '../../engine/index';
import { modelFor, SCENARIO_DOCS, type GameConfig } from './gameModels';

/** The game once it is over: everything is revealed for the debrief. */
export interface Outcome {
  readonly setup: SummitSetup;
  readonly state: SummitState;
  readonly payoffs: Record<string, number>;
  /** Each player's payoff over its walk-away on the day of the vote: the score. */
  readonly gains: Record<string, number>;
  /** The model's predictions at the calibrated values. */
  readonly prediction: Prediction;
  /** The scenario's document, for solving it in the worker. */
  readonly doc: unknown;
  /**
   * Each member's payments kept (paid or delivered): their value to it and their cost to the
   * leader; and the value promised but withheld.
   */
  readonly ledger: Readonly<
    Record<string, { readonly received: number; readonly cost: number; readonly withheld: number }>
  >;
  /** The leader's payoff term by term (a joint statement's weight when the vote failed). */
  readonly leader: LeaderTerms;
  /** The opponents the game was played against (its difficulty). */
  readonly opponents: { readonly strategy: StrategyName; readonly history: boolean };
  /**
   * Each player's walk-away d_i on the day of the vote (what its score is measured from) and
   * on day 0 (the calibrated values the solution concepts are computed at).
   */
  readonly walkAway: {
    readonly atVote: Record<string, number>;
    readonly atStart: Record<string, number>;
  };
}

/** The outcome of a finished game on `config`'s model. */
export function outcomeOf(config: GameConfig, setup: SummitSetup, state: SummitState): Outcome {
  const payoffs = finalPayoffs(setup, state);
  return {
    setup,
    state,
    payoffs,
    gains: gainsOverWalkAway(setup, state, payoffs),
    prediction: predictionFor(modelFor(config)),
    doc: config.model ?? SCENARIO_DOCS[config.scenarioId],
    ledger: Object.fromEntries(
      setup.members.map((m) => [
        m,
        {
          received: keptValue(setup, state, m),
          cost: spentCost(setup, state, m),
          withheld: receivedValue(setup, state, m, ['withheld']),
        },
      ]),
    ),
    leader: leaderTerms(setup, state),
    opponents: { strategy: config.strategy, history: config.history },
    walkAway: {
      atVote: { ...phaseOn(setup, state.day).disagreement },
      atStart: { ...phaseOn(setup, 0).disagreement },
    },
  };
}

/** What the model predicts at the calibrated values, for the debrief. */
export interface Prediction {
  readonly text: string[];
  readonly payments: Record<string, number>;
  readonly cost: number;
  readonly shapley: Record<string, number>;
}

export function predictionFor(scenarioModel: ScenarioModel): Prediction {
  const { model, instruments, numbers, game } = scenarioModel;
  const best = leaderOptimum(model, instruments, numbers.leaderBudget);
  const summary = best ? summarizeOptimum(model, best) : null;
  const phi = shapleyValue(game);
  return {
    text: summary?.text ?? [],
    payments: summary?.payments ?? {},
    cost: summary?.cost ?? 0,
    shapley: Object.fromEntries(model.players.map((p, i) => [p, phi[i] ?? 0])),
  };
}
