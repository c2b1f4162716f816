/** The parsed, compiled scenario: the validated file plus every formula compiled. */
import type { Formula } from './formula';
import type { ScenarioFile, ScenarioPlayer } from './schema';

export interface CompiledScenario {
  readonly file: ScenarioFile;
  /** The players of the coalition game, leader and members, in file order. */
  readonly players: readonly ScenarioPlayer[];
  /** Index of the leader in `players`. */
  readonly leader: number;
  /** Outside actors (e.g. the West), not in the coalition game. */
  readonly outside: readonly ScenarioPlayer[];
  /** Parameter ids in an order where each comes after those its formula reads. */
  readonly parameterOrder: readonly string[];
  readonly formulas: {
    readonly parameters: ReadonlyMap<string, Formula>;
    /** clauseValue[c][p]: player p's value of clause c (0 where the file gives none). */
    readonly clauseValue: readonly (readonly Formula[])[];
    readonly disagreement: readonly Formula[];
    readonly instrumentCost: readonly Formula[];
    readonly instrumentValue: readonly Formula[];
    readonly jointStatementFactor: Formula;
    readonly leaderBudget: Formula;
    readonly credibility: Formula;
    readonly discount: readonly Formula[];
    readonly bargainingPower: readonly Formula[];
    /** A characteristic function given directly (cost or worth), if the file has one. */
    readonly characteristic: Formula | undefined;
    /** Budgets of outside actors (counter-lobbyists), by player id. */
    readonly outsideBudget: ReadonlyMap<string, Formula>;
  };
}

export interface ScenarioProblem {
  /** JSON Pointer to the field, e.g. /clauses/2/value/BLR. */
  readonly path: string;
  readonly message: string;
}
